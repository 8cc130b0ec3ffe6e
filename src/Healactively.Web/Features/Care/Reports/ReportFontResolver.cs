using PdfSharp.Fonts;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// Serves PDFsharp the vendored DejaVu Sans faces (Bitstream Vera licence, see Fonts/LICENSE-DejaVu.txt) from embedded
/// resources, so PDFs render the same on Linux servers with no system fonts. Every family name resolves to DejaVu Sans.
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    private ReportFontResolver()
    {
    }

    /// <summary>The one instance PDFsharp is given: setting the same instance again is allowed, another is not.</summary>
    public static ReportFontResolver Instance { get; } = new();

    /// <summary>Installs the resolver once per process; safe to call from every request and every app instance.</summary>
    public static void EnsureInstalled()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
        {
            return;
        }

        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        var resource = $"Healactively.Web.Features.Care.Reports.Fonts.{faceName}.ttf";
        using var stream = typeof(ReportFontResolver).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
