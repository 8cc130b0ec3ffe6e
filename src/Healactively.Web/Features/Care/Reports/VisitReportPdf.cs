using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// Writes the visit report as one or two A4 pages with PDFsharp: identifiers and period, the summary table, a small
/// line chart per metric drawn with <see cref="XGraphics"/>, flare-ups, the strongest moments in the third person and
/// the notes. The same sections and sentences as the page (<see cref="ReportText"/>).
/// </summary>
public static class VisitReportPdf
{
    private const double Margin = 42;
    private const double Gap = 3;
    private const double ChartHeight = 70;
    private const double ChartGap = 14;
    private const int ChartsPerRow = 3;

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

        using (var writer = new Writer(document))
        {
            writer.Line(report.PatientName, writer.Heading);
            if (report.Identity.Details.Length > 0)
            {
                writer.Line(report.Identity.Details, writer.Body);
            }

            writer.Line(string.Create(CultureInfo.InvariantCulture, $"Visit report · last {report.Days} days · {report.PeriodText}"), writer.Body);
            writer.Line(ReportText.Overview(report), writer.Body);

            writer.Section("Summary: medians of the first and last 14 days");
            writer.Table(ReportText.Headings, [.. report.Summary.Metrics.Select(ReportText.Row)]);

            if (report.Charts.Count > 0)
            {
                writer.Section("Day by day");
                writer.Charts(report.Charts, report.From, report.To);
            }

            writer.Section("Flare-ups");
            writer.Line(report.Summary.FlareSentence, writer.Body);
            foreach (var flare in report.Flares)
            {
                writer.Line($"• {ReportText.Flare(flare)}", writer.Body, indent: 8);
            }

            writer.Section(Outcomes.OutcomeOverviewText.Heading);
            foreach (var line in Outcomes.OutcomeOverviewText.Lines(report.Outcomes))
            {
                writer.Line(report.Outcomes.IsEmpty ? line : $"• {line}", writer.Body, indent: report.Outcomes.IsEmpty ? 0 : 8);
            }

            writer.Section("Strongest moments");
            if (report.Summary.StrongestMoments.Count == 0)
            {
                writer.Line("No wins in this period.", writer.Body);
            }

            foreach (var moment in report.Summary.StrongestMoments)
            {
                var tier = moment.TierLabel.Length > 0 ? $" ({moment.TierLabel})" : string.Empty;
                writer.Line($"• {VisitReportQuery.Format(moment.Date)}: {moment.Sentence}{tier}", writer.Body, indent: 8);
            }

            writer.Section("Notes");
            if (report.Notes.Count == 0)
            {
                writer.Line("No notes in this period.", writer.Body);
            }

            foreach (var note in report.Notes.Take(VisitReportQuery.MaxNotes))
            {
                writer.Line($"• {ReportText.Note(note)}", writer.Body, indent: 8);
            }

            if (report.Notes.Count > VisitReportQuery.MaxNotes)
            {
                writer.Line(string.Create(CultureInfo.InvariantCulture, $"and {report.Notes.Count - VisitReportQuery.MaxNotes} more notes on the timeline."), writer.Body, indent: 8);
            }
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    /// <summary>Lays lines, a table and charts top to bottom, wrapping words to the page width and starting a new page when one is full.</summary>
    private sealed class Writer(PdfDocument document) : IDisposable
    {
        private static readonly XPen Rule = new(XColor.FromArgb(180, 180, 180), 0.5);
        private static readonly XPen Line1 = new(XColor.FromArgb(13, 110, 253), 1.4);
        private static readonly XBrush Dot = new XSolidBrush(XColor.FromArgb(13, 110, 253));
        private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(90, 90, 90));

        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public XFont Heading { get; } = new(ReportFontResolver.FamilyName, 16, XFontStyleEx.Bold);

        public XFont SectionFont { get; } = new(ReportFontResolver.FamilyName, 11.5, XFontStyleEx.Bold);

        public XFont Bold { get; } = new(ReportFontResolver.FamilyName, 9, XFontStyleEx.Bold);

        public XFont Body { get; } = new(ReportFontResolver.FamilyName, 9, XFontStyleEx.Regular);

        public XFont Small { get; } = new(ReportFontResolver.FamilyName, 7, XFontStyleEx.Regular);

        private double Width => _page!.Width.Point - (2 * Margin);

        public void Section(string title)
        {
            _y += 6;
            Line(title, SectionFont);
        }

        public void Line(string text, XFont font, double indent = 0)
        {
            var graphics = EnsurePage();
            foreach (var line in Wrap(graphics, text, font, Width - indent))
            {
                var height = font.GetHeight();
                Need(height);
                _y += height;
                _graphics!.DrawString(line, font, XBrushes.Black, Margin + indent, _y);
            }

            _y += Gap;
        }

        /// <summary>A table with a bold heading row and a rule under every row; the first column is wider.</summary>
        public void Table(IReadOnlyList<string> headings, IReadOnlyList<string[]> rows)
        {
            EnsurePage();
            double[] widths = [0.17, 0.15, 0.15, 0.28, 0.25];
            var rowHeight = Body.GetHeight() + 4;
            void Row(IReadOnlyList<string> cells, XFont font)
            {
                Need(rowHeight);
                var x = Margin;
                for (var i = 0; i < cells.Count; i++)
                {
                    _graphics!.DrawString(Fit(cells[i], font, (widths[i] * Width) - 4), font, XBrushes.Black, x, _y + Body.GetHeight());
                    x += widths[i] * Width;
                }

                _y += rowHeight;
                _graphics!.DrawLine(Rule, Margin, _y - 1, Margin + Width, _y - 1);
            }

            Row(headings, Bold);
            foreach (var row in rows)
            {
                Row(row, Body);
            }

            _y += Gap;
        }

        /// <summary>Small line charts, three a row: each metric's recorded days over the period, its lowest and highest value marked.</summary>
        public void Charts(IReadOnlyList<ReportChart> charts, DateOnly from, DateOnly to)
        {
            EnsurePage();
            var width = (Width - ((ChartsPerRow - 1) * ChartGap)) / ChartsPerRow;
            var labelHeight = Small.GetHeight();
            var blockHeight = Bold.GetHeight() + ChartHeight + labelHeight + 8;
            for (var start = 0; start < charts.Count; start += ChartsPerRow)
            {
                Need(blockHeight);
                for (var i = 0; i < ChartsPerRow && start + i < charts.Count; i++)
                {
                    Chart(charts[start + i], Margin + (i * (width + ChartGap)), _y, width, from, to);
                }

                _y += blockHeight;
            }
        }

        public void Dispose() => _graphics?.Dispose();

        private void Chart(ReportChart chart, double left, double top, double width, DateOnly from, DateOnly to)
        {
            var graphics = _graphics!;
            var title = chart.LowerIsBetter ? $"{chart.Name} (lower is better)" : chart.Name;
            graphics.DrawString(Fit(title, Bold, width), Bold, XBrushes.Black, left, top + Bold.GetHeight());
            var plotTop = top + Bold.GetHeight() + 4;
            var labelWidth = 44;
            var plotLeft = left + labelWidth;
            var plotWidth = width - labelWidth;
            graphics.DrawRectangle(Rule, plotLeft, plotTop, plotWidth, ChartHeight);
            graphics.DrawString(Fit(chart.High, Small, labelWidth - 3), Small, Muted, left, plotTop + Small.GetHeight());
            graphics.DrawString(Fit(chart.Low, Small, labelWidth - 3), Small, Muted, left, plotTop + ChartHeight);

            var points = chart.Points
                .Select(p => new XPoint(plotLeft + 3 + (p.X * (plotWidth - 6)), plotTop + 3 + ((1 - p.Y) * (ChartHeight - 6))))
                .ToArray();
            if (points.Length > 1)
            {
                graphics.DrawLines(Line1, points);
            }

            foreach (var point in points)
            {
                graphics.DrawEllipse(Dot, point.X - 1.3, point.Y - 1.3, 2.6, 2.6);
            }

            var dateY = plotTop + ChartHeight + Small.GetHeight() + 1;
            graphics.DrawString(VisitReportQuery.Format(from), Small, Muted, plotLeft, dateY);
            var end = VisitReportQuery.Format(to);
            graphics.DrawString(end, Small, Muted, plotLeft + plotWidth - graphics.MeasureString(end, Small).Width, dateY);
        }

        private void Need(double height)
        {
            if (_y + height > _page!.Height.Point - Margin)
            {
                NewPage();
            }
        }

        private string Fit(string text, XFont font, double width)
        {
            if (_graphics!.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text;
            while (cut.Length > 1 && _graphics.MeasureString(cut + "…", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "…";
        }

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
