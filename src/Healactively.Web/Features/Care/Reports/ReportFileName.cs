using System.Globalization;
using System.Text;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// The report's file name: the patient's name as an ASCII slug (the full name, else the display name, else "patient")
/// and the period, e.g. <c>healactively-report-maya-rivera-2026-11-08-to-2026-12-07</c>.
/// </summary>
public static class ReportFileName
{
    private const int MaxSlugLength = 60;

    public static string Stem(PatientIdentity identity, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var slug = Slug(identity.FullName);
        if (slug.Length == 0)
        {
            slug = Slug(identity.DisplayName);
        }

        if (slug.Length == 0)
        {
            slug = "patient";
        }

        return string.Create(CultureInfo.InvariantCulture, $"healactively-report-{slug}-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}");
    }

    /// <summary>Lower-case ASCII letters and digits joined by single dashes; accents dropped ("Zoë Ångström" → "zoe-angstrom").</summary>
    public static string Slug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= MaxSlugLength ? slug : slug[..MaxSlugLength].TrimEnd('-');
    }
}
