using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Journal;

namespace Healactively.Web.Pages.Journal;

/// <summary>The journal form as posted. Every field is optional: an empty field is "not recorded".</summary>
public sealed class EntryForm
{
    [Range(JournalLimits.PainMin, JournalLimits.PainMax, ErrorMessage = "Pain is a whole number from 0 (none) to 10 (worst).")]
    [Display(Name = "Pain")]
    public int? Pain { get; set; }

    [Range(0, JournalLimits.SittingMinutesMax, ErrorMessage = "Sitting time is in minutes, from 0 to 1440 (a whole day).")]
    [Display(Name = "Longest comfortable sitting")]
    public int? SittingMinutes { get; set; }

    /// <summary>In the patient's unit (km or miles); stored in metres.</summary>
    [Display(Name = "Longest walk")]
    public decimal? Walking { get; set; }

    public bool FlareStarted { get; set; }

    public bool FlareOver { get; set; }

    public bool StoodWithoutWincing { get; set; }

    public bool SleptThroughNight { get; set; }

    public bool CarriedWithoutHesitation { get; set; }

    public bool WalkedConfidently { get; set; }

    public bool DidAvoidedMovement { get; set; }

    [StringLength(JournalLimits.EasierTodayMaxLength, ErrorMessage = "Keep this to {1} characters or fewer.")]
    [Display(Name = "What felt easier today?")]
    public string? EasierToday { get; set; }

    [StringLength(1000, ErrorMessage = "Keep this to {1} characters or fewer.")]
    [Display(Name = "Triggers")]
    public string? Triggers { get; set; }

    [StringLength(1000, ErrorMessage = "Keep this to {1} characters or fewer.")]
    [Display(Name = "What helped")]
    public string? Helped { get; set; }

    public List<CustomValueInput> Custom { get; set; } = [];

    /// <summary>The entry version the form was opened with (empty for a new day).</summary>
    public string? Version { get; set; }

    public FlareMark FlareMark => (FlareStarted, FlareOver) switch
    {
        (true, true) => FlareMark.StartEnd,
        (true, false) => FlareMark.Start,
        (false, true) => FlareMark.End,
        _ => FlareMark.None,
    };

    public FunctionalWins FunctionalWins =>
        (StoodWithoutWincing ? FunctionalWins.StoodWithoutWincing : FunctionalWins.None)
        | (SleptThroughNight ? FunctionalWins.SleptThroughNight : FunctionalWins.None)
        | (CarriedWithoutHesitation ? FunctionalWins.CarriedWithoutHesitation : FunctionalWins.None)
        | (WalkedConfidently ? FunctionalWins.WalkedConfidently : FunctionalWins.None)
        | (DidAvoidedMovement ? FunctionalWins.DidAvoidedMovement : FunctionalWins.None);

    public sealed class CustomValueInput
    {
        [StringLength(40)]
        public string Key { get; set; } = string.Empty;

        public decimal? Value { get; set; }
    }
}
