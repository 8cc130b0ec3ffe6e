namespace Healactively.Web.Pages.Journal;

/// <summary>
/// "Same as yesterday": the form pre-filled from the most recent earlier entry, for the patient to adjust and save.
/// Numbers and tags only: the day's own text ("what felt easier"), its functional wins and its flare-up marks are not
/// carried over: they describe one day, and a copied tick would be a false win (win-presentation.md, "What is never copied").
/// </summary>
public static class SameAsYesterday
{
    public static EntryForm Prefill(EntryForm earlier, string? currentVersion)
    {
        earlier.EasierToday = null;
        earlier.FlareStarted = false;
        earlier.FlareOver = false;
        earlier.StoodWithoutWincing = false;
        earlier.SleptThroughNight = false;
        earlier.CarriedWithoutHesitation = false;
        earlier.WalkedConfidently = false;
        earlier.DidAvoidedMovement = false;
        earlier.Version = currentVersion;
        return earlier;
    }
}
