using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Pages;

/// <summary>
/// A moment card's inside, as <c>_Moment.cshtml</c> draws it: the headline, its numbers, the supporting facts folded under
/// it in smaller type and the notes. Patients see the <c>meaningful</c> badge only; clinicians see the tier
/// (<c>meaningful</c> / <c>small</c>). The element around it carries the <c>data-moment-*</c> attributes.
/// </summary>
/// <param name="ShowDetails">The kind, the subject and the numbers under the headline (Home shows the sentence alone).</param>
/// <param name="ForSupporter">
/// For a reader who is not the patient: the card's sentences are the third-person ones its facts were built with
/// (<c>ThirdPersonSentence</c>), supporting facts are shown by those sentences instead of the "Also your …" lines, and no
/// note is ever drawn, whatever <paramref name="ShowNotes"/> says.
/// </param>
/// <param name="ShowShare">
/// The patient's own "Share" button (hidden until the script reveals it); only the patient's pages pass true, and it is
/// never drawn for a clinician or a supporter.
/// </param>
public sealed record MomentView(
    MomentCard Card, bool ForClinician = false, bool ShowDate = false, bool ShowNotes = true, bool ShowDetails = true, bool ForSupporter = false, bool ShowShare = false)
{
    /// <summary>
    /// The text the Share button hands to the share sheet: the headline as the patient reads it and its numbers.
    /// Text only: no link and no identifiers.
    /// </summary>
    public string ShareText => Card.Headline.Numbers is { Length: > 0 } numbers
        ? $"{Card.Headline.Message} ({numbers})"
        : Card.Headline.Message;

    /// <summary>Supporters' cheers on this moment, shown under the card on the patient's own pages.</summary>
    public IReadOnlyList<CheerView> Cheers { get; init; } = [];
}

/// <summary>Words shared by every page that shows a tier badge.</summary>
public static class MomentWords
{
    /// <summary>What <c>meaningful</c> means, in plain words (win-presentation.md).</summary>
    public const string Meaningful = "a change big enough that clinicians count it as important";

    /// <summary>Where the rules are explained; every tier badge links here.</summary>
    public const string HowItWorks = "/Wins/HowItWorks";
}
