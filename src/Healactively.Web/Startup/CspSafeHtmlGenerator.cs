using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Startup;

/// <summary>
/// MVC's empty validation summary holds a placeholder <c>&lt;li style="display:none"&gt;</c>, an inline style the
/// Content-Security-Policy blocks (it would show as a stray bullet). The summary's own
/// <c>validation-summary-valid</c> class hides it from site.css instead.
/// </summary>
internal sealed class CspSafeHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> optionsAccessor,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, optionsAccessor, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    private const string HiddenPlaceholder = "<li style=\"display:none\"></li>";

    public override TagBuilder GenerateValidationSummary(ViewContext viewContext, bool excludePropertyErrors, string message, string headerTag, object htmlAttributes)
    {
        var summary = base.GenerateValidationSummary(viewContext, excludePropertyErrors, message, headerTag, htmlAttributes);
        if (summary is null || !summary.HasInnerHtml)
        {
            return summary!;
        }

        using var writer = new StringWriter();
        summary.InnerHtml.WriteTo(writer, HtmlEncoder.Default);
        var inner = writer.ToString();
        if (inner.Contains(HiddenPlaceholder, StringComparison.Ordinal))
        {
            summary.InnerHtml.Clear();
            summary.InnerHtml.AppendHtml(inner.Replace(HiddenPlaceholder, string.Empty, StringComparison.Ordinal));
        }

        return summary;
    }
}
