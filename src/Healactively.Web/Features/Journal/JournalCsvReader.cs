using System.Globalization;
using System.Text.Unicode;
using CsvHelper;
using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// One day read from an imported file. <see cref="Changes"/> is null when the row has a problem; its date (and its
/// flare mark, when that cell was valid) still take part in the flare-up check, so one typo is not reported twice.
/// </summary>
public sealed record JournalCsvRow(int Line, DateOnly Date, FlareMark? Flare, EntryChanges? Changes);

/// <summary>The days of an imported file and every problem found in it.</summary>
/// <param name="IsFileRefused">The file as a whole cannot be read (empty, not text, bad header): its rows were not checked.</param>
public sealed record JournalCsvReadResult(IReadOnlyList<JournalCsvRow> Rows, ImportProblems Problems, bool IsFileRefused);

/// <summary>
/// Reads and checks a journal CSV (spec: csv-formats.md): RFC 4180, UTF-8 with or without a byte order mark, a header
/// row naming the columns in any order and any case. Every bad row is reported with its physical line (header = 1).
/// Checks that need the stored journal (the flare-up sequence) are the caller's.
/// </summary>
public static class JournalCsvReader
{
    /// <summary>Older dates are refused: no one's back-pain journal starts before it, and the win windows stay in range.</summary>
    public static readonly DateOnly EarliestDate = JournalLimits.EarliestDate;

    /// <summary>The range of a custom metric value, as the journal form allows it.</summary>
    public const decimal CustomValueLimit = 1_000_000m;

    /// <summary>
    /// The most days one file may hold: five years and a margin. One import is one transaction that holds the journal
    /// writer queue, so a file of decades would keep every other patient's save waiting.
    /// </summary>
    public const int MaxRows = 2000;

    public static string TooManyRowsMessage { get; } = string.Create(CultureInfo.InvariantCulture,
        $"This file has more than {MaxRows:N0} days. Import at most {MaxRows:N0} days (about five years) per file: split it, for example into one file per year, and import the parts one after another.");

    private const int ShownValueLength = 40;
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] TrueValues = ["1", "true", "yes"];
    private static readonly string[] FalseValues = ["", "0", "false", "no"];

    /// <param name="content">The file as uploaded.</param>
    /// <param name="customMetricKeys">The patient's own metric keys, which may appear as extra columns.</param>
    /// <param name="today">The patient's today: later dates are refused.</param>
    public static JournalCsvReadResult Read(ReadOnlyMemory<byte> content, IReadOnlyCollection<string> customMetricKeys, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(customMetricKeys);
        var problems = new ImportProblems();
        if (IsBlank(content.Span))
        {
            problems.Add(null, "The file is empty. Choose a CSV file with a header row and one row per day.");
            return Refused(problems);
        }

        if (content.Span.IndexOf((byte)0) >= 0 && !HasUtf16ByteOrderMark(content.Span))
        {
            problems.Add(null, "This is not a CSV text file. If it is a spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file.");
            return Refused(problems);
        }

        if (!HasUtf16ByteOrderMark(content.Span) && !Utf8.IsValid(content.Span))
        {
            problems.Add(null, "This file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file.");
            return Refused(problems);
        }

        var badQuoteLines = new SortedSet<int>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record =>
            {
                if (record.Reason is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote)
                {
                    badQuoteLines.Add((int)record.LineNumber);
                }
            },
        };

        var rows = new List<JournalCsvRow>();
        try
        {
            using var csv = CsvReader.Create(content, options);
            var header = csv.Headers;
            if (header.Count == 0)
            {
                problems.Add(null, "The file is empty. Choose a CSV file with a header row and one row per day.");
                return Refused(problems);
            }

            var layout = Layout.Read(header, customMetricKeys, problems);
            if (layout is null)
            {
                return Refused(problems);
            }

            var firstLineOfDate = new Dictionary<DateOnly, int>();
            var recordCount = 0;
            while (csv.Read())
            {
                recordCount++;
                if (recordCount > MaxRows)
                {
                    // Counted while reading: the rest of the file is not read, and nothing is saved.
                    return Refused(problems.Replace(null, TooManyRowsMessage));
                }

                var row = ReadRow(csv, (int)csv.LineNumber, layout, today, firstLineOfDate, problems);
                if (row is not null)
                {
                    rows.Add(row);
                }
            }

            if (recordCount == 0)
            {
                problems.Add(null, "The file has a header row but no days. Add one row per day under the header.");
                return Refused(problems);
            }
        }
        catch (CsvFormatException)
        {
            problems.Add(null, "This file could not be read as CSV. Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and import it again.");
            return Refused(problems);
        }

        foreach (var line in badQuoteLines)
        {
            problems.Add(line, "a quoted value is not closed properly: a value that starts with \" must end with \", and a \" inside it is written twice (\"\").");
        }

        return new JournalCsvReadResult(rows, problems, IsFileRefused: false);
    }

    private static JournalCsvReadResult Refused(ImportProblems problems) => new([], problems, IsFileRefused: true);

    private static JournalCsvRow? ReadRow(CsvReader csv, int line, Layout layout, DateOnly today, Dictionary<DateOnly, int> firstLineOfDate, ImportProblems problems)
    {
        if (csv.FieldCount != layout.ColumnCount)
        {
            problems.Add(line, string.Create(Invariant,
                $"this row has {csv.FieldCount} {(csv.FieldCount == 1 ? "value" : "values")} but the header names {layout.ColumnCount} columns; every row needs one value (or an empty one) per column."));
            return null;
        }

        var cells = new Cells(csv, layout, line, problems);
        if (!cells.TryReadDate(today, firstLineOfDate, out var date))
        {
            return null;
        }

        var startCount = problems.Count;
        foreach (var unnamed in layout.UnnamedColumns)
        {
            if (csv.GetString(unnamed)?.Trim().Length > 0)
            {
                problems.Add(line, string.Create(Invariant, $"there is a value in column {unnamed + 1}, which has no name in the header row."));
            }
        }

        var pain = cells.Integer(JournalCsvColumns.Pain, JournalLimits.PainMin, JournalLimits.PainMax);
        var sitting = cells.Integer(JournalCsvColumns.SittingMinutes, 0, JournalLimits.SittingMinutesMax);
        var walking = cells.Integer(JournalCsvColumns.WalkingMeters, 0, JournalLimits.WalkingMetersMax);
        var flare = cells.Flare();
        var functionalWins = FunctionalWins.None;
        foreach (var item in FunctionalWinCatalog.All)
        {
            if (cells.Flag(item.Key))
            {
                functionalWins |= item.Flag;
            }
        }

        var easierToday = cells.Text(JournalCsvColumns.EasierToday, JournalLimits.EasierTodayMaxLength);
        var triggers = cells.TagsOf(JournalCsvColumns.Triggers);
        var helped = cells.TagsOf(JournalCsvColumns.Helped);
        var customValues = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var key in layout.CustomMetricKeys)
        {
            customValues[key] = cells.CustomValue(key);
        }

        var changes = problems.Count > startCount ? null : new EntryChanges
        {
            Pain = pain,
            SittingMinutes = sitting,
            WalkingMeters = walking,
            Flare = flare ?? FlareMark.None,
            FunctionalWins = functionalWins,
            EasierToday = easierToday,
            Triggers = triggers,
            Helped = helped,
            CustomValues = customValues,
        };
        return new JournalCsvRow(line, date, flare, changes);
    }

    private static bool IsBlank(ReadOnlySpan<byte> content)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var body = content.StartsWith(bom) ? content[bom.Length..] : content;
        return body.Trim("\r\n\t "u8).IsEmpty;
    }

    private static bool HasUtf16ByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>A value as the patient typed it, shortened for messages.</summary>
    private static string Shown(string value) =>
        value.Length <= ShownValueLength ? $"“{value}”" : $"“{value[..ShownValueLength]}…”";

    /// <summary>Where each known column is in this file.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<string, int> _indexByColumn;

        private Layout(Dictionary<string, int> indexByColumn, int columnCount, IReadOnlyList<int> unnamedColumns, IReadOnlyList<string> customMetricKeys)
        {
            _indexByColumn = indexByColumn;
            ColumnCount = columnCount;
            UnnamedColumns = unnamedColumns;
            CustomMetricKeys = customMetricKeys;
        }

        public int ColumnCount { get; }

        /// <summary>Columns with an empty name (a trailing comma in a spreadsheet export): allowed while their cells are empty.</summary>
        public IReadOnlyList<int> UnnamedColumns { get; }

        /// <summary>The patient's metric keys that have a column in this file.</summary>
        public IReadOnlyList<string> CustomMetricKeys { get; }

        public int IndexOf(string column) => _indexByColumn.TryGetValue(column, out var index) ? index : -1;

        public static Layout? Read(IReadOnlyList<string> header, IReadOnlyCollection<string> customMetricKeys, ImportProblems problems)
        {
            var known = JournalCsvColumns.Journal
                .Concat(customMetricKeys.Where(k => !JournalCsvColumns.IsJournalColumn(k)))
                .ToArray();
            var problemsBefore = problems.Count;
            var indexByColumn = new Dictionary<string, int>(StringComparer.Ordinal);
            var unknown = new List<string>();
            var repeated = new List<string>();
            var unnamed = new List<int>();
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i].Trim();
                if (name.Length == 0)
                {
                    unnamed.Add(i);
                    continue;
                }

                var column = Array.Find(known, k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                if (column is null)
                {
                    unknown.Add(Shown(name));
                }
                else if (!indexByColumn.TryAdd(column, i) && !repeated.Contains(column))
                {
                    repeated.Add(column);
                }
            }

            if (unknown.Count > 0)
            {
                problems.Add(1, $"unknown {(unknown.Count == 1 ? "column" : "columns")} {string.Join(", ", unknown)}. "
                    + $"The columns are {string.Join(", ", known)} (names are not case-sensitive).");
            }

            foreach (var column in repeated)
            {
                problems.Add(1, $"the column {column} appears more than once; keep one of them.");
            }

            if (!indexByColumn.ContainsKey(JournalCsvColumns.Date))
            {
                problems.Add(1, "there is no date column. The first line must name the columns, for example: date,pain,sitting_minutes,walking_meters");
            }

            return problems.Count > problemsBefore
                ? null
                : new Layout(indexByColumn, header.Count, unnamed,
                    [.. known.Skip(JournalCsvColumns.Journal.Count).Where(indexByColumn.ContainsKey)]);
        }
    }

    /// <summary>The cells of one row, read and checked column by column; each problem is added with the row's line.</summary>
    private readonly struct Cells(CsvReader csv, Layout layout, int line, ImportProblems problems)
    {
        private string Raw(string column)
        {
            var index = layout.IndexOf(column);
            return index < 0 ? string.Empty : csv.GetString(index) ?? string.Empty;
        }

        public bool TryReadDate(DateOnly today, Dictionary<DateOnly, int> firstLineOfDate, out DateOnly date)
        {
            var text = Raw(JournalCsvColumns.Date).Trim();
            if (text.Length == 0)
            {
                return Fail("date is missing.", out date);
            }

            if (!JournalDates.TryParse(text, out date))
            {
                return Fail($"date {Shown(text)} is not a date. Write dates as YYYY-MM-DD, for example 2026-03-08.", out date);
            }

            if (date > today)
            {
                return Fail($"date {JournalDates.ToRoute(date)} is in the future (today is {JournalDates.ToRoute(today)}). Only today and earlier days can be imported.", out date);
            }

            if (date < EarliestDate)
            {
                return Fail($"date {JournalDates.ToRoute(date)} is too long ago; the earliest date is {JournalDates.ToRoute(EarliestDate)}.", out date);
            }

            if (firstLineOfDate.TryGetValue(date, out var firstLine))
            {
                return Fail(string.Create(Invariant, $"date {JournalDates.ToRoute(date)} is already on line {firstLine}; each day can be in the file only once."), out date);
            }

            firstLineOfDate[date] = line;
            return true;
        }

        public int? Integer(string column, int min, int max)
        {
            var text = Raw(column).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var range = string.Create(Invariant, $"use a whole number from {min} to {max}, or leave it empty");
            if (!decimal.TryParse(text, NumberStyle, Invariant, out var value))
            {
                problems.Add(line, $"{column} {Shown(text)} is not a number; {range}.");
                return null;
            }

            if (value != decimal.Truncate(value))
            {
                problems.Add(line, $"{column} {Shown(text)} is not a whole number; {range}.");
                return null;
            }

            if (value < min || value > max)
            {
                problems.Add(line, $"{column} {Shown(text)} is out of range; {range}.");
                return null;
            }

            return (int)value;
        }

        public FlareMark? Flare()
        {
            var text = Raw(JournalCsvColumns.Flare).Trim();
            if (JournalCsvColumns.TryParseFlare(text, out var mark))
            {
                return mark;
            }

            problems.Add(line, $"flare {Shown(text)} is not a flare-up mark; use start, end or start_end, or leave it empty.");
            return null;
        }

        public bool Flag(string column)
        {
            var text = Raw(column).Trim();
            if (TrueValues.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!FalseValues.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(line, $"{column} {Shown(text)} is not a yes/no value; use 1 or 0 (true/false and yes/no work too), or leave it empty for no.");
            }

            return false;
        }

        public string? Text(string column, int maxLength)
        {
            var text = SpreadsheetText.Restore(Raw(column));
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            text = text.Trim();
            if (text.Length > maxLength)
            {
                problems.Add(line, string.Create(Invariant, $"{column} is {text.Length} characters long; keep it to {maxLength} characters or fewer."));
                return null;
            }

            return text;
        }

        public IReadOnlyList<string> TagsOf(string column)
        {
            var tags = Tags.Parse(SpreadsheetText.Restore(Raw(column)), JournalCsvColumns.TagSeparator);
            var problem = Tags.Problem(tags, column);
            if (problem is not null)
            {
                problems.Add(line, problem);
                return [];
            }

            return tags;
        }

        public decimal? CustomValue(string key)
        {
            var text = Raw(key).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyle, Invariant, out var value))
            {
                problems.Add(line, $"{key} {Shown(text)} is not a number; use a number such as 12.5, or leave it empty.");
                return null;
            }

            if (value < -CustomValueLimit || value > CustomValueLimit || decimal.Round(value, 2) != value)
            {
                problems.Add(line, $"{key} {Shown(text)} is out of range; use a number from -1000000 to 1000000 with at most 2 decimals.");
                return null;
            }

            return value;
        }

        private bool Fail(string message, out DateOnly date)
        {
            problems.Add(line, message);
            date = default;
            return false;
        }
    }
}
