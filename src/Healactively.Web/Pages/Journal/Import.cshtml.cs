using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Journal;

/// <summary>
/// Imports a journal CSV file (spec: csv-formats.md), all or nothing, and lists every problem with its line.
/// </summary>
/// <remarks>
/// The antiforgery token is validated by hand, after the size checks: the automatic check reads the form first and
/// turns an oversized upload into a bare 400, where the patient deserves "the file is too large".
/// The request size limits stop anything much larger before it is read.
/// </remarks>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(CurrentPatient currentPatient, ImportJournal importJournal, ImportMetricColumnsQuery metricColumns, IAntiforgery antiforgery, ILogger<ImportModel> logger) : PageModel
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The file plus room for the form's other fields and the multipart boundaries.</summary>
    public const int MaxRequestBytes = MaxFileBytes + (64 * 1024);

    /// <summary>How many problems the page lists; the rest are counted.</summary>
    public const int ProblemsShown = 200;

    public const string FileField = "file";

    private static readonly string[] AcceptedExtensions = [".csv", ".txt"];

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// <summary>What each journal column holds, for the page's column table.</summary>
    public static IReadOnlyList<(string Column, string Meaning)> JournalColumnHelp { get; } =
    [
        (JournalCsvColumns.Date, "Required. The day, as YYYY-MM-DD (for example 2026-03-08): today or earlier, each day once."),
        (JournalCsvColumns.Pain, "Pain from 0 (none) to 10 (worst), a whole number."),
        (JournalCsvColumns.SittingMinutes, "Longest comfortable sitting, in minutes: 0 to 1440."),
        (JournalCsvColumns.WalkingMeters, "Longest walk, in metres: 0 to 100000 (1.5 km is 1500)."),
        (JournalCsvColumns.Flare, "start (a flare-up started), end (it was over), start_end (both on that day), or empty."),
        .. FunctionalWinCatalog.All.Select(i => (i.Key, $"{i.Label}: 1 if so, 0 or empty if not (true/false and yes/no work too).")),
        (JournalCsvColumns.EasierToday, "What felt easier today? Up to 2000 characters."),
        (JournalCsvColumns.Triggers, "What made it worse: tags separated by ; (for example long drive;poor sleep), up to 20 tags of 40 characters."),
        (JournalCsvColumns.Helped, "What helped: tags separated by ; (for example walk;heat pack)."),
    ];


    public int ProblemCount { get; private set; }

    public IReadOnlyList<MetricColumn> CustomMetrics { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int HiddenProblemCount => ProblemCount - Problems.Count;

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>A small file to start from: the columns, and two example days ending yesterday.</summary>
    public async Task<IActionResult> OnGetSampleAsync()
    {
        await LoadAsync();
        var first = Today.AddDays(-2);
        var examples = new[]
        {
            new JournalEntry(first)
            {
                Pain = 5, SittingMinutes = 30, WalkingMeters = 1200, FunctionalWins = FunctionalWins.SleptThroughNight,
                EasierToday = "Putting on socks", Triggers = ["long drive"], Helped = ["walk", "heat pack"],
            },
            new JournalEntry(first.AddDays(1))
            {
                Pain = 4, SittingMinutes = 35, WalkingMeters = 1500,
                FunctionalWins = FunctionalWins.StoodWithoutWincing | FunctionalWins.WalkedConfidently, Helped = ["stretching"],
            },
        };
        using var buffer = new MemoryStream();
        JournalCsvWriter.Write(buffer, [.. CustomMetrics.Select(m => m.Key)], examples);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", "healactively-journal-sample.csv");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (Request.ContentLength > MaxRequestBytes)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status413PayloadTooLarge, "too-large", TooLargeMessage);
        }

        if (!Request.HasFormContentType)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "not-a-form", ChooseFileMessage);
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status413PayloadTooLarge, "too-large", TooLargeMessage);
        }
        catch (InvalidDataException)
        {
            // Over the multipart limits (an upload without a length) or not multipart at all.
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "unreadable",
                string.Create(CultureInfo.InvariantCulture, $"The file could not be read from the upload. Make sure it is under {MaxFileBytes / (1024 * 1024)} MB, choose it again and import."));
        }
        catch (IOException)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "incomplete", "The file did not arrive completely. Choose it again and import.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "antiforgery",
                "This form expired or did not come from this page. Reload the page and choose the file again; nothing was imported.");
        }

        var file = form.Files.GetFile(FileField);
        if (file is null || string.IsNullOrEmpty(file.FileName))
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "no-file", ChooseFileMessage);
        }

        if (file.Length == 0)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "empty", "The file is empty. Choose a CSV file with a header row and one row per day.");
        }

        if (file.Length > MaxFileBytes)
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status413PayloadTooLarge, "too-large", TooLargeMessage);
        }

        if (!AcceptedExtensions.Contains(Path.GetExtension(file.FileName), StringComparer.OrdinalIgnoreCase))
        {
            return await RefuseUploadAsync(patient, StatusCodes.Status400BadRequest, "not-csv",
                "Choose a .csv file. If your journal is in a spreadsheet, save it as “CSV UTF-8 (comma delimited)” first.");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, HttpContext.RequestAborted);
        }

        var outcome = await importJournal.RunAsync(patient, content, HttpContext.RequestAborted);
        switch (outcome)
        {
            case ImportJournal.Outcome.Imported imported:
                TempData["StatusMessage"] = SuccessMessage(imported);
                return RedirectToPage("/Journal/Index");
            case ImportJournal.Outcome.Refused refused:
                await LoadAsync();
                Problems = refused.Problems.Take(ProblemsShown).ToArray();
                ProblemCount = refused.ProblemCount;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                return await ShowProblemAsync(StatusCodes.Status409Conflict,
                    "Your journal changed in another window while this file was being imported, so nothing was imported. Import the file again.");
        }
    }

    public static string SuccessMessage(ImportJournal.Outcome.Imported imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var days = imported.Days == 1 ? "day" : "days";
        var unchanged = imported.Unchanged == 0 ? string.Empty : $", {imported.Unchanged} already up to date";
        return string.Create(CultureInfo.InvariantCulture, $"Imported {imported.Days} {days} ({imported.Created} new, {imported.Updated} updated{unchanged}).");
    }

    private const string ChooseFileMessage = "Choose a CSV file to import.";

    private static string TooLargeMessage =>
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB. Import your journal in smaller parts, for example one file per year.");

    private async Task<IActionResult> RefuseUploadAsync(PatientContext patient, int status, string reason, string message)
    {
        JournalTransferLog.UploadRefused(logger, patient.PatientId, reason);
        return await ShowProblemAsync(status, message);
    }

    private async Task<IActionResult> ShowProblemAsync(int status, string message)
    {
        await LoadAsync();
        Problems = [new ImportProblem(null, message)];
        ProblemCount = 1;
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        Today = patient.Today;
        CustomMetrics = await metricColumns.RunAsync(patient.PatientId, HttpContext.RequestAborted);
    }
}
