using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Text;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Metrics;

/// <summary>A patient's own metric as typed, e.g. "posture angle, degrees, higher is better, step 3".</summary>
public sealed class CustomMetricForm : IValidatableObject
{
    [ReadableName]
    [Required(ErrorMessage = "Give your metric a name.")]
    [StringLength(CustomMetricRecord.NameMaxLength, ErrorMessage = "Keep the name to {1} characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [ReadableName]
    [Required(ErrorMessage = "Say what unit it is measured in, e.g. degrees or reps.")]
    [StringLength(CustomMetricRecord.UnitMaxLength, ErrorMessage = "Keep the unit to {1} characters or fewer.")]
    [Display(Name = "Unit")]
    public string Unit { get; set; } = string.Empty;

    /// <summary>"higher" or "lower": bound as text so any other value gets a plain message.</summary>
    [Display(Name = "Which way is better")]
    public string Better { get; set; } = "higher";

    [Required(ErrorMessage = "Enter the smallest change that counts as a win.")]
    [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "The smallest change is a number from 0.01 to 100000.")]
    [Display(Name = "Smallest change that counts")]
    public decimal? MinStep { get; set; }

    [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "The clinically important change is a number from 0.01 to 100000.")]
    [Display(Name = "Clinically important change")]
    public decimal? ClinicallyImportantChange { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Better is not ("higher" or "lower"))
        {
            yield return new ValidationResult("Choose whether higher or lower is better.", [nameof(Better)]);
        }

        if (MinStep is { } step && decimal.Round(step, 2) != step)
        {
            yield return new ValidationResult("Use at most 2 decimals.", [nameof(MinStep)]);
        }

        if (ClinicallyImportantChange is { } mcid && MinStep is { } min && mcid < min)
        {
            yield return new ValidationResult("The clinically important change cannot be smaller than the smallest change that counts.", [nameof(ClinicallyImportantChange)]);
        }
    }
}
