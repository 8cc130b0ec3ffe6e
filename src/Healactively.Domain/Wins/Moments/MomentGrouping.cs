namespace Healactively.Domain.Wins.Moments;

/// <summary>Groups wins into moments and orders them, as win-presentation.md says.</summary>
public static class MomentGrouping
{
    /// <summary>Moments strongest first; ties go to the newer date, then to the subject's order on the form.</summary>
    public static IReadOnlyList<Moment<T>> StrongestFirst<T>(IEnumerable<T> wins, Func<T, WinShape> shape, SubjectOrder order)
    {
        var moments = Group(wins, shape);
        moments.Sort((a, b) => CompareByStrength(a, b, order));
        return moments;
    }

    /// <summary>Moments by date, newest first; inside a date strongest first (the Wins page's order).</summary>
    public static IReadOnlyList<Moment<T>> NewestDateFirst<T>(IEnumerable<T> wins, Func<T, WinShape> shape, SubjectOrder order)
    {
        var moments = Group(wins, shape);
        moments.Sort((a, b) =>
        {
            var byDate = b.Date.CompareTo(a.Date);
            return byDate != 0 ? byDate : CompareByStrength(a, b, order);
        });
        return moments;
    }

    public static IReadOnlyList<Moment<Win>> StrongestFirst(IEnumerable<Win> wins, SubjectOrder order) =>
        StrongestFirst(wins, WinShape.Of, order);

    public static IReadOnlyList<Moment<Win>> NewestDateFirst(IEnumerable<Win> wins, SubjectOrder order) =>
        NewestDateFirst(wins, WinShape.Of, order);

    /// <summary>How many moments the wins make (what every count people read counts).</summary>
    public static int Count<T>(IEnumerable<T> wins, Func<T, WinShape> shape)
    {
        ArgumentNullException.ThrowIfNull(wins);
        ArgumentNullException.ThrowIfNull(shape);
        return wins.Select(w => { var s = shape(w); return (s.Date, s.Subject); }).Distinct().Count();
    }

    private static int CompareByStrength<T>(Moment<T> a, Moment<T> b, SubjectOrder order)
    {
        var byStrength = a.Strength.CompareTo(b.Strength);
        if (byStrength != 0)
        {
            return byStrength;
        }

        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : order.Compare(a.Subject, b.Subject);
    }

    private static List<Moment<T>> Group<T>(IEnumerable<T> wins, Func<T, WinShape> shape)
    {
        ArgumentNullException.ThrowIfNull(wins);
        ArgumentNullException.ThrowIfNull(shape);
        var groups = new Dictionary<(DateOnly, string), List<(WinShape Shape, T Win)>>();
        foreach (var win in wins)
        {
            var s = shape(win);
            var key = (s.Date, s.Subject);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add((s, win));
        }

        var moments = new List<Moment<T>>(groups.Count);
        foreach (var ((date, subject), list) in groups)
        {
            // Stable: equal strengths (only possible with duplicate rows) keep their input order.
            var ordered = list.Select((w, i) => (w, i)).OrderBy(x => x.w.Shape.Strength).ThenBy(x => x.i).Select(x => x.w).ToArray();
            moments.Add(new Moment<T>(date, subject, ordered[0].Shape, ordered[0].Win, ordered.Skip(1).Select(x => x.Win).ToArray()));
        }

        return moments;
    }
}
