using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// Writes the visit report as an A4 PDF with PDFsharp: the same sections and sentences as the page, naming the patient
/// and the period in the text and in the document's title and subject.
/// </summary>
public static class VisitReportPdf
{
    private const double Margin = 48;
    private const double Gap = 4;

    public static string Title(VisitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Visit report: {report.PatientName}";
    }

    public static string Subject(VisitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"Last {report.Days} days: {report.PeriodText}");
    }

    public static byte[] Render(VisitReport report, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportFontResolver.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = Title(report);
        document.Info.Subject = Subject(report);
        document.Info.Author = "Healactively";
        document.Info.Creator = "Healactively";
        document.Info.CreationDate = createdAt.UtcDateTime;

        var writer = new Writer(document);
        try
        {
            writer.Line(report.PatientName, writer.Heading);
            writer.Line(string.Create(CultureInfo.InvariantCulture, $"Visit report · last {report.Days} days · {report.PeriodText}"), writer.Body);
            writer.Line(string.Create(CultureInfo.InvariantCulture,
                $"Journaled {report.DaysJournaled} of {report.Days} days · {report.WinCount} {(report.WinCount == 1 ? "win" : "wins")} · {report.Flares.Count} {(report.Flares.Count == 1 ? "flare-up" : "flare-ups")}"),
                writer.Body);

            writer.Section("Wins by metric");
            if (report.Wins.Count == 0)
            {
                writer.Line("No wins in this period.", writer.Body);
            }

            foreach (var group in report.Wins)
            {
                writer.Line(string.Create(CultureInfo.InvariantCulture, $"{group.MetricName}: {group.Count} ({ReportText.KindCounts(group)})"), writer.Bold);
                writer.Line($"Best: {group.BestMessage} ({VisitReportQuery.Format(group.BestDate)})", writer.Body, indent: 12);
            }

            writer.Section("Then and now");
            if (report.ThenAndNow.Count == 0)
            {
                writer.Line("Nothing recorded in this period.", writer.Body);
            }

            foreach (var row in report.ThenAndNow)
            {
                writer.Line($"{row.MetricName}: {row.Now} on {VisitReportQuery.Format(row.NowDate)}", writer.Bold);
                writer.Line($"Start of period: {ReportText.Comparison(row.Start)}", writer.Body, indent: 12);
                writer.Line($"A week earlier: {ReportText.Comparison(row.WeekEarlier)}", writer.Body, indent: 12);
            }

            writer.Section("Flare-ups");
            if (report.Flares.Count == 0)
            {
                writer.Line("No flare-ups in this period.", writer.Body);
            }

            foreach (var flare in report.Flares)
            {
                writer.Line($"• {ReportText.Flare(flare)}", writer.Body);
            }

            writer.Section("Notes");
            if (report.Notes.Count == 0)
            {
                writer.Line("No notes in this period.", writer.Body);
            }

            foreach (var note in report.Notes)
            {
                writer.Line($"• {VisitReportQuery.Format(note.Date)} · {note.About} · {note.ClinicianName}: {note.Text}", writer.Body);
            }
        }
        finally
        {
            writer.Dispose();
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    /// <summary>Lays lines top to bottom, wrapping words to the page width and starting a new page when one is full.</summary>
    private sealed class Writer(PdfDocument document) : IDisposable
    {
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public XFont Heading { get; } = new(ReportFontResolver.FamilyName, 16, XFontStyleEx.Bold);

        public XFont SectionFont { get; } = new(ReportFontResolver.FamilyName, 12, XFontStyleEx.Bold);

        public XFont Bold { get; } = new(ReportFontResolver.FamilyName, 10, XFontStyleEx.Bold);

        public XFont Body { get; } = new(ReportFontResolver.FamilyName, 10, XFontStyleEx.Regular);

        public void Section(string title)
        {
            _y += 8;
            Line(title, SectionFont);
        }

        public void Line(string text, XFont font, double indent = 0)
        {
            var graphics = EnsurePage();
            var width = _page!.Width.Point - (2 * Margin) - indent;
            foreach (var line in Wrap(graphics, text, font, width))
            {
                var height = font.GetHeight();
                if (_y + height > _page.Height.Point - Margin)
                {
                    NewPage();
                }

                _y += height;
                _graphics!.DrawString(line, font, XBrushes.Black, Margin + indent, _y);
            }

            _y += Gap;
        }

        public void Dispose() => _graphics?.Dispose();

        private XGraphics EnsurePage()
        {
            if (_graphics is null)
            {
                NewPage();
            }

            return _graphics!;
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
