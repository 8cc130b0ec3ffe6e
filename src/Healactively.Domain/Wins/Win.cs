namespace Healactively.Domain.Wins;

/// <summary>
/// A fact the journal proves, with the numbers behind it (see the spec's "Fields of each kind").
/// Ordered as the wins CSV is: date, kind, metric, window.
/// </summary>
public sealed record Win(
    DateOnly Date,
    WinKind Kind,
    string Metric,
    WinWindow? Window,
    decimal? Baseline,
    decimal? Value,
    decimal? Delta,
    WinTier? Tier,
    string Message);
