using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Journal;

/// <summary>What the import page answered to a posted file.</summary>
internal sealed class ImportResponse(HttpResponseMessage response, string html)
{
    private static readonly HtmlParser Parser = new();

    public HttpStatusCode Status => response.StatusCode;

    public Uri? Location => response.Headers.Location;

    public string Html { get; } = html;

    public IHtmlDocument Document { get; } = Parser.ParseDocument(html);

    /// <summary>The problems listed at a line of the file.</summary>
    public IReadOnlyList<string> ProblemsAt(int line) =>
        [.. Document.QuerySelectorAll($"#import-errors tr[data-line='{line}'] td:nth-child(2)").Select(td => td.TextContent.Trim())];

    /// <summary>Every listed line number, in page order.</summary>
    public IReadOnlyList<int> Lines =>
        [.. Document.QuerySelectorAll("#import-errors tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-line")!, CultureInfo.InvariantCulture))];

    /// <summary>Problems about the file as a whole (no line).</summary>
    public IReadOnlyList<string> GeneralProblems =>
        [.. Document.QuerySelectorAll("#import-problems .import-problem").Select(p => p.TextContent.Trim())];

    /// <summary>The first sentence of the problem box, whitespace collapsed.</summary>
    public string Summary => string.Join(' ', (Document.QuerySelector("#import-problems p")?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Imports and exports CSV files the way a browser does: the real multipart form with its antiforgery token.</summary>
internal static class JournalCsvClient
{
    public static Task<ImportResponse> ImportAsync(HttpClient client, string csv, string fileName = "journal.csv") =>
        ImportAsync(client, Encoding.UTF8.GetBytes(csv), fileName);

    /// <param name="content">The file's bytes, or null to post the form without a file.</param>
    public static async Task<ImportResponse> ImportAsync(HttpClient client, byte[]? content, string fileName = "journal.csv", bool withToken = true)
    {
        var page = await HtmlPage.GetOkAsync(client, "/Journal/Import");
        var form = page.Find("#import-form") ?? throw new InvalidOperationException("No #import-form on the import page.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[type=file][name=file]"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var body = new MultipartFormDataContent();
        if (withToken)
        {
            body.Add(new StringContent(token), "__RequestVerificationToken");
        }

        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            body.Add(file, "file", fileName);
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        var response = await client.PostAsync(target, body);
        return new ImportResponse(response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Imports a file that must be accepted and returns the status message shown after the redirect.</summary>
    public static async Task<string> ImportOkAsync(HttpClient client, string csv)
    {
        var result = await ImportAsync(client, csv);
        Assert.True(result.Status == HttpStatusCode.Redirect,
            $"Import answered {(int)result.Status}: {string.Join(" | ", result.GeneralProblems.Concat(result.Document.QuerySelectorAll("#import-errors tbody tr").Select(tr => tr.TextContent.Trim())).Take(5))}");
        Assert.Equal("/Journal", result.Location!.OriginalString);
        var history = await HtmlPage.GetOkAsync(client, result.Location.OriginalString);
        return history.Find(".alert-success")!.TextContent.Trim();
    }

    /// <summary>Downloads a CSV export: the file name it is offered under and its text.</summary>
    public static async Task<(string FileName, string Text)> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "Exports are UTF-8 without a byte order mark.");
        return (response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The lines of a CSV export (records end with CRLF; none of these exports has a line break inside a value).</summary>
    public static string[] Lines(string csv)
    {
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        return csv[..^2].Split("\r\n");
    }

    /// <summary>Every stored field of every entry of the patient, to prove that nothing changed.</summary>
    public static async Task<List<StoredDay>> SnapshotAsync(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.JournalEntries.AsNoTracking()
            .Include(e => e.CustomValues).ThenInclude(v => v.Metric)
            .Where(e => db.Users.Any(u => u.Id == e.PatientId && u.Email == email))
            .OrderBy(e => e.Date)
            .ToListAsync();
        return [.. entries.Select(e => new StoredDay(
            e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters, e.Flare, e.FunctionalWins, e.EasierToday, e.Triggers, e.Helped,
            string.Join(',', e.CustomValues.OrderBy(v => v.Metric.Key, StringComparer.Ordinal).Select(v => $"{v.Metric.Key}={v.Value.ToString("0.##########", CultureInfo.InvariantCulture)}")),
            e.Version, e.CreatedAt, e.UpdatedAt))];
    }

    /// <summary>The same without what a save sets anew (version and times), to compare two patients' journals.</summary>
    public static async Task<List<StoredDay>> ContentAsync(HealactivelyFactory factory, string email) =>
        [.. (await SnapshotAsync(factory, email)).Select(d => d with { Version = 0, CreatedAt = default, UpdatedAt = default })];
}

/// <summary>One stored journal day, every field.</summary>
internal sealed record StoredDay(
    DateOnly Date, int? Pain, int? SittingMinutes, int? WalkingMeters, FlareMark Flare, FunctionalWins FunctionalWins,
    string? EasierToday, string? Triggers, string? Helped, string CustomValues, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
