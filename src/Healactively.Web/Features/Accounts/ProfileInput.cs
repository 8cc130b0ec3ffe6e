using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Journal;
using Healactively.Domain.Text;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Accounts;

/// <summary>The profile fields shared by registration and the profile page.</summary>
public class ProfileInput : IValidatableObject
{
    [ReadableName]
    [Required(ErrorMessage = "Tell us what to call you.")]
    [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Your name can be at most {1} characters.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose your time zone, so that \"today\" is your today.")]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = string.Empty;

    /// <summary>Bound as text so that a value outside the choices gets its own message.</summary>
    [Display(Name = "Show distances in")]
    public string DistanceUnit { get; set; } = nameof(Domain.Journal.DistanceUnit.Kilometres);

    public DistanceUnit Unit => Enum.TryParse<DistanceUnit>(DistanceUnit, ignoreCase: false, out var unit) && Enum.IsDefined(unit)
        ? unit
        : Domain.Journal.DistanceUnit.Kilometres;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(TimeZoneId) && !TimeZoneCatalog.IsValid(TimeZoneId))
        {
            yield return new ValidationResult("That is not a time zone we know. Choose one from the list.", [nameof(TimeZoneId)]);
        }

        if (DistanceUnit is not (nameof(Domain.Journal.DistanceUnit.Kilometres) or nameof(Domain.Journal.DistanceUnit.Miles)))
        {
            yield return new ValidationResult("Choose kilometres or miles.", [nameof(DistanceUnit)]);
        }
    }
}
