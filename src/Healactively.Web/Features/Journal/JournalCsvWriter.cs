using System.Globalization;
using CsvHelper;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Writes a journal as the journal CSV (spec: csv-formats.md): the journal's columns in the spec's order, then the
/// patient's metric keys; flags as 0/1, dates ISO, numbers in invariant culture, tags joined with ";".
/// What it writes, <see cref="JournalCsvReader"/> reads back to the same journal.
/// </summary>
public static class JournalCsvWriter
{
    /// <summary>RFC 4180 as the spec asks: comma, CRLF, quotes only where needed, UTF-8 without a byte order mark.</summary>
    /// <remarks>
    /// The library's formula protection is off because it would also prefix a negative number; the text columns
    /// (the note and the tags) go through <see cref="SpreadsheetText"/> instead, which the reader undoes.
    /// </remarks>
    internal static CsvWriterOptions Options { get; } = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <param name="destination">Receives UTF-8 CSV; it stays open.</param>
    /// <param name="customMetricKeys">The patient's metric keys, one column each after the journal's own.</param>
    /// <param name="entries">The entries in the order to write (the export writes them by date).</param>
    public static void Write(Stream destination, IReadOnlyList<string> customMetricKeys, IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(customMetricKeys);
        ArgumentNullException.ThrowIfNull(entries);

        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        var header = JournalCsvColumns.Journal.Concat(customMetricKeys).ToArray();
        csv.WriteHeader(header);
        var record = new string[header.Length];
        foreach (var entry in entries)
        {
            var i = 0;
            record[i++] = JournalDates.ToRoute(entry.Date);
            record[i++] = Number(entry.Pain);
            record[i++] = Number(entry.SittingMinutes);
            record[i++] = Number(entry.WalkingMeters);
            record[i++] = JournalCsvColumns.FlareText(entry.Flare);
            foreach (var item in FunctionalWinCatalog.All)
            {
                record[i++] = entry.FunctionalWins.HasFlag(item.Flag) ? "1" : "0";
            }

            record[i++] = SpreadsheetText.Neutralise(entry.EasierToday ?? string.Empty);
            record[i++] = SpreadsheetText.Neutralise(string.Join(JournalCsvColumns.TagSeparator, entry.Triggers));
            record[i++] = SpreadsheetText.Neutralise(string.Join(JournalCsvColumns.TagSeparator, entry.Helped));
            foreach (var key in customMetricKeys)
            {
                record[i++] = entry.CustomValues.TryGetValue(key, out var value) ? MetricFormat.FormatNumber(value) : string.Empty;
            }

            csv.WriteRecord(record);
        }

        csv.Flush();
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
