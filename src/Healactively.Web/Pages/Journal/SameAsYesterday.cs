namespace Healactively.Web.Pages.Journal;

/// <summary>
/// "Same as yesterday": the form pre-filled from the most recent earlier entry, for the patient to adjust and save.
/// The day's own text ("what felt easier") and flare-up marks are not carried over: they belong to one day.
/// </summary>
public static class SameAsYesterday
{
    public static EntryForm Prefill(EntryForm earlier, string? currentVersion)
    {
        earlier.EasierToday = null;
        earlier.FlareStarted = false;
        earlier.FlareOver = false;
        earlier.Version = currentVersion;
        return earlier;
    }
}
