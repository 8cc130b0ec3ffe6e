namespace Healactively.Domain.Wins.Moments;

/// <summary>
/// All the wins of one date about one subject, shown as one card: the strongest win is the headline,
/// the others are its supporting facts, strongest first.
/// </summary>
public sealed class Moment<T>
{
    internal Moment(DateOnly date, string subject, WinShape headlineShape, T headline, IReadOnlyList<T> supporting)
    {
        Date = date;
        Subject = subject;
        HeadlineShape = headlineShape;
        Headline = headline;
        Supporting = supporting;
    }

    public DateOnly Date { get; }

    /// <summary>A metric key, a checklist key, <c>flare</c> or <c>journal</c>.</summary>
    public string Subject { get; }

    public WinShape HeadlineShape { get; }

    public T Headline { get; }

    public IReadOnlyList<T> Supporting { get; }

    /// <summary>1 is the strongest; a moment is as strong as its headline.</summary>
    public int Strength => HeadlineShape.Strength;

    /// <summary>The headline's kind as stored and exported (<c>improvement</c>, <c>personal_best</c>, …).</summary>
    public string KindKey => WinKeys.Of(HeadlineShape.Kind);

    /// <summary><c>week</c> or <c>month</c> for an improvement headline, otherwise null.</summary>
    public string? WindowKey => HeadlineShape.Kind == WinKind.Improvement ? WinKeys.Of(HeadlineShape.Window) : null;

    public int Count => Supporting.Count + 1;

    public IEnumerable<T> All => Supporting.Prepend(Headline);
}
