namespace Healactively.Domain.Journal;

/// <summary>The functional wins of the day the patient can tick (spec: micro_win).</summary>
[Flags]
#pragma warning disable CA1711 // "Wins" is the product's word, not a flags suffix.
public enum FunctionalWins
#pragma warning restore CA1711
{
    None = 0,
    StoodWithoutWincing = 1,
    SleptThroughNight = 2,
    CarriedWithoutHesitation = 4,
    WalkedConfidently = 8,
    DidAvoidedMovement = 16,
}
