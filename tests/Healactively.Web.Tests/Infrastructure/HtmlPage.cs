using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>A fetched page parsed as a browser would see it, with its forms submittable as a user would submit them.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(HttpResponseMessage response, string html, Uri url)
    {
        Response = response;
        Html = html;
        Url = url;
        Document = Parser.ParseDocument(html);
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public string Html { get; }

    public Uri Url { get; }

    public IHtmlDocument Document { get; }

    /// <summary>The visible text of the page, whitespace collapsed.</summary>
    public string Text => string.Join(' ', (Document.Body?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IReadOnlyList<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector).ToArray();

    /// <summary>The validation message shown beside a field (asp-validation-for), or empty.</summary>
    public string ValidationMessageFor(string fieldName) =>
        Find($"[data-valmsg-for='{fieldName}']")?.TextContent.Trim() ?? string.Empty;

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await FromResponseAsync(response, new Uri(client.BaseAddress!, url));
    }

    /// <summary>GET, following redirects (the client does not), and fail if the final page is not 200.</summary>
    public static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await FollowAsync(client, await GetAsync(client, url));
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} ended in {(int)page.Status} at {page.Url}");
        return page;
    }

    public static async Task<HtmlPage> FollowAsync(HttpClient client, HtmlPage page)
    {
        var hops = 0;
        while (page.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectMethod && hops++ < 5)
        {
            var location = page.Response.Headers.Location!;
            var target = location.IsAbsoluteUri ? location : new Uri(page.Url, location);
            page = await FromResponseAsync(await client.GetAsync(target), target);
        }

        return page;
    }

    /// <summary>
    /// Fills a form like a user (field name → value; checkboxes take "true"/"false") and posts every
    /// field the form would post, antiforgery token included. Returns the response, redirects not followed.
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(HttpClient client, string formSelector, IReadOnlyDictionary<string, string?> values, string? submitName = null)
    {
        var form = Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {Url}");
        var fields = CollectFields(form, values);
        if (submitName is not null)
        {
            var button = form.QuerySelector($"button[name='{submitName}'], input[type=submit][name='{submitName}']")
                ?? throw new InvalidOperationException($"No submit button '{submitName}' in '{formSelector}'");
            fields.Add(new(submitName, button.GetAttribute("value") ?? string.Empty));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? Url : new Uri(Url, action);
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(target, content);
        return await FromResponseAsync(response, target);
    }

    private static List<KeyValuePair<string, string>> CollectFields(IHtmlFormElement form, IReadOnlyDictionary<string, string?> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement { Type: "checkbox" } checkbox:
                    var isChecked = values.TryGetValue(name, out var wanted) ? string.Equals(wanted, "true", StringComparison.OrdinalIgnoreCase) : checkbox.IsChecked;
                    used.Add(name);
                    if (isChecked)
                    {
                        fields.Add(new(name, checkbox.Value));
                    }

                    continue;
                case IHtmlInputElement { Type: "radio" } radio:
                    used.Add(name);
                    var chosen = values.TryGetValue(name, out var wantedRadio) ? wantedRadio == radio.Value : radio.IsChecked;
                    if (chosen && !fields.Any(f => f.Key == name))
                    {
                        fields.Add(new(name, radio.Value));
                    }

                    continue;
            }

            string current = element switch
            {
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? string.Empty,
                _ => string.Empty,
            };
            if (values.TryGetValue(name, out var replacement) && used.Add(name))
            {
                current = replacement ?? string.Empty;
            }

            fields.Add(new(name, current));
        }

        // Fields, or radio values, the form does not offer (tampering) are sent as given.
        fields.AddRange(values.Where(v => !fields.Any(f => f.Key == v.Key) && !IsCheckbox(form, v.Key)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value ?? string.Empty)));
        return fields;
    }

    private static bool IsCheckbox(IHtmlFormElement form, string name) =>
        form.Elements.OfType<IHtmlInputElement>().Any(i => i.Type == "checkbox" && i.Name == name);

    public static async Task<HtmlPage> FromResponseAsync(HttpResponseMessage response, Uri url) =>
        new(response, await response.Content.ReadAsStringAsync(), url);
}
