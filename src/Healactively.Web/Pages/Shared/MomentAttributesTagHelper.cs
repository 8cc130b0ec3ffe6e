using System.Globalization;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Healactively.Web.Pages;

/// <summary>
/// Marks the element of a moment card for automated checks: <c>data-moment-date</c>, <c>data-moment-subject</c>,
/// <c>data-moment-kind</c>, and <c>data-moment-window</c> only for an improvement headline
/// (Razor writes a <c>data-*</c> attribute even when its value is null, so this helper leaves it out instead).
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class MomentAttributesTagHelper : TagHelper
{
    private const string AttributeName = "moment-card-for";

    [HtmlAttributeName(AttributeName)]
    public MomentCard? Moment { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Moment is not { } moment)
        {
            return;
        }

        output.Attributes.SetAttribute("data-moment-date", moment.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("data-moment-subject", moment.Subject);
        output.Attributes.SetAttribute("data-moment-kind", moment.KindKey);
        if (moment.WindowKey is { } window)
        {
            output.Attributes.SetAttribute("data-moment-window", window);
        }
    }
}
