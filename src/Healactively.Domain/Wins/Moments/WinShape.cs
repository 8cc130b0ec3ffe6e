namespace Healactively.Domain.Wins.Moments;

/// <summary>What the presentation rules read of a win: where it belongs and how strong it is.</summary>
public readonly record struct WinShape(DateOnly Date, WinKind Kind, string Metric, WinWindow? Window, WinTier? Tier)
{
    public static WinShape Of(Win win)
    {
        ArgumentNullException.ThrowIfNull(win);
        return new(win.Date, win.Kind, win.Metric, win.Window, win.Tier);
    }

    /// <summary>The moment's subject: a metric key, a checklist key, <c>flare</c> or <c>journal</c> (the stored metric field is exactly that).</summary>
    public string Subject => Metric;

    /// <summary>1 is the strongest, 9 the weakest (win-presentation.md, "Strength order").</summary>
    public int Strength => WinStrength.Of(Kind, Window, Tier);
}
