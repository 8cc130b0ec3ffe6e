using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Healactively.Domain.Text;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// What a clinic files a patient under, all optional: full name, date of birth (a real past date, not before 1900) and
/// the clinic's reference. Shown only to linked clinicians and in their report, never to supporters.
/// </summary>
public sealed class ClinicIdentityInput
{
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    [ReadableName]
    [StringLength(ApplicationUser.FullNameMaxLength, ErrorMessage = "Your full name can be at most {1} characters.")]
    [Display(Name = "Full name (for your clinic)")]
    public string? FullName { get; set; }

    /// <summary>Bound as text ("yyyy-MM-dd", the date field's value) so that a bad date gets its own message.</summary>
    [Display(Name = "Date of birth")]
    public string? DateOfBirth { get; set; }

    [ReadableName]
    [StringLength(ApplicationUser.ClinicReferenceMaxLength, ErrorMessage = "The clinic reference can be at most {1} characters.")]
    [Display(Name = "Clinic reference")]
    public string? ClinicReference { get; set; }

    public static ClinicIdentityInput From(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClinicIdentityInput
        {
            FullName = user.FullName,
            DateOfBirth = user.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ClinicReference = user.ClinicReference,
        };
    }

    /// <summary>The date of birth, or a message why it cannot be one; null and no message when left empty.</summary>
    public (DateOnly? Date, string? Problem) ParseDateOfBirth(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(DateOfBirth))
        {
            return (null, null);
        }

        if (!DateOnly.TryParseExact(DateOfBirth.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, "Enter your date of birth as a date, e.g. 1981-03-04.");
        }

        if (date < EarliestBirth || date >= today)
        {
            return (null, "Enter a date of birth between 1900 and yesterday.");
        }

        return (date, null);
    }

    /// <summary>Trimmed, with an empty field stored as nothing.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
