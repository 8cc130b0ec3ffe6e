namespace Healactively.Domain.Journal;

/// <summary>Keys and wording of the five functional wins, as the spec and the CSV formats name them.</summary>
public static class FunctionalWinCatalog
{
    public sealed record Item(FunctionalWins Flag, string Key, string Label, string Sentence, string FirstSentence);

    public static IReadOnlyList<Item> All { get; } =
    [
        new(FunctionalWins.StoodWithoutWincing, "stood_without_wincing", "Stood up without wincing",
            "You stood up without wincing.", "The first time in 30 days you stood up without wincing."),
        new(FunctionalWins.SleptThroughNight, "slept_through_night", "Slept through the night",
            "You slept through the night.", "The first time in 30 days you slept through the night."),
        new(FunctionalWins.CarriedWithoutHesitation, "carried_without_hesitation", "Carried something without hesitation",
            "You carried something without hesitating.", "The first time in 30 days you carried something without hesitating."),
        new(FunctionalWins.WalkedConfidently, "walked_confidently", "Walked confidently",
            "You walked with confidence.", "The first time in 30 days you walked with confidence."),
        new(FunctionalWins.DidAvoidedMovement, "did_avoided_movement", "Did a movement I had been avoiding",
            "You did a movement you had been avoiding.", "The first time in 30 days you did a movement you had been avoiding."),
    ];

    public static Item? FindByKey(string key) =>
        All.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.OrdinalIgnoreCase));
}
