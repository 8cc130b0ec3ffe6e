using System.Globalization;
using System.Net;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Journals several days through the real form, and reads pages' text the way a person reads it.</summary>
public static class JournalDays
{
    /// <summary>Saves each day with the journal form and fails unless every save succeeds.</summary>
    public static async Task SaveAsync(HttpClient client, params (string Date, (string Field, string? Value)[] Fields)[] days)
    {
        foreach (var (date, fields) in days)
        {
            var saved = await JournalForms.SaveAsync(client, date, JournalForms.Values(fields));
            Assert.True(saved.Status == HttpStatusCode.Redirect, $"Saving {date} answered {(int)saved.Status}: {saved.Text}");
        }
    }

    /// <summary>The same fields on every date from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static (string Date, (string Field, string? Value)[] Fields)[] Range(string first, string last, params (string Field, string? Value)[] fields)
    {
        var from = DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = new List<(string, (string, string?)[])>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            days.Add((date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fields));
        }

        return [.. days];
    }

    /// <summary>An element's text with whitespace collapsed, as it reads on screen.</summary>
    public static string TextOf(AngleSharp.Dom.IElement? element) =>
        element is null ? string.Empty : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
