using System.Globalization;
using CsvHelper;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// Writes wins as the wins CSV (spec: csv-formats.md), for patients and clinicians alike: exactly the spec's columns,
/// one row per win sorted by date, kind, metric and window; numbers in invariant culture with at most 2 decimals and
/// no trailing zeros; empty cells for what a kind does not have.
/// </summary>
public static class WinsCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } = ["date", "kind", "metric", "window", "baseline", "value", "delta", "tier", "message"];

    /// <summary>RFC 4180: comma, CRLF, quotes only where needed, UTF-8 without a byte order mark.</summary>
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Numbers are written as text and a custom metric's value may be negative: "-3" must stay "-3".
        // Messages are the app's own sentences, which never start like a spreadsheet formula.
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes the header and the wins, in the spec's order whatever the order given. The stream stays open.</summary>
    public static void Write(Stream destination, IEnumerable<Win> wins)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(wins);

        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        var record = new string[Columns.Count];
        foreach (var win in InSpecOrder(wins))
        {
            record[0] = win.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            record[1] = WinKeys.Of(win.Kind);
            record[2] = win.Metric;
            record[3] = WinKeys.Of(win.Window);
            record[4] = Number(win.Baseline);
            record[5] = Number(win.Value);
            record[6] = Number(win.Delta);
            record[7] = WinKeys.Of(win.Tier);
            record[8] = win.Message;
            csv.WriteRecord(record);
        }

        csv.Flush();
    }

    public static byte[] ToBytes(IEnumerable<Win> wins)
    {
        using var buffer = new MemoryStream();
        Write(buffer, wins);
        return buffer.ToArray();
    }

    /// <summary>Date, then the kind, metric and window keys compared ordinally (the message only breaks exact ties).</summary>
    public static IEnumerable<Win> InSpecOrder(IEnumerable<Win> wins) =>
        wins.OrderBy(w => w.Date)
            .ThenBy(w => WinKeys.Of(w.Kind), StringComparer.Ordinal)
            .ThenBy(w => w.Metric, StringComparer.Ordinal)
            .ThenBy(w => WinKeys.Of(w.Window), StringComparer.Ordinal)
            .ThenBy(w => w.Message, StringComparer.Ordinal);

    private static string Number(decimal? value) => value is { } number ? MetricFormat.FormatNumber(number) : string.Empty;
}
