using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Outcomes;

/// <summary>
/// The wins of outcome-measures.md, each compared backward only: <c>psfs_activity</c> and <c>psfs_score</c> with the
/// activities' first ratings, <c>peg_score</c> with the first PEG score, <c>goal_reached</c> on the first date a goal's
/// value meets its target. Decisions are made on whole-number sums, so a change exactly at a threshold counts.
/// </summary>
public static class OutcomeWinRules
{
    public const int ActivityMinStep = 1;
    public const int ActivityMeaningful = 3;
    public const int ScoreMinStep = 1;
    public const int ScoreMeaningful = 2;
    public const int PegMinStep = 1;

    /// <summary>The share of the first PEG score an improvement must reach to be meaningful (30 %).</summary>
    public const decimal PegMeaningfulShare = 0.3m;

    /// <summary>The outcome wins dated on or after <paramref name="from"/>, in no particular order.</summary>
    public static List<Win> Evaluate(PatientJournal journal, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var history = journal.Outcomes;
        var wins = new List<Win>();
        if (history.IsEmpty)
        {
            return wins;
        }

        Psfs(history, from, wins);
        Peg(history, from, wins);
        foreach (var goal in history.Goals)
        {
            if (GoalReached(journal, goal) is { } reached && reached.Date >= from)
            {
                wins.Add(reached);
            }
        }

        return wins;
    }

    /// <summary>The goal's values by date from the day it was set (to the day it ended), oldest first.</summary>
    public static IEnumerable<(DateOnly Date, decimal Value)> GoalValues(PatientJournal journal, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(goal);
        return Series(journal, goal.Metric)
            .Where(p => p.Date >= goal.SetOn && (goal.EndedOn is not { } end || p.Date <= end));
    }

    /// <summary>Whether lower is better for the metric key (pain, PEG, a lower-is-better custom metric).</summary>
    public static bool LowerIsBetter(PatientJournal journal, string metric)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return metric == OutcomeKeys.Peg
            || journal.Metrics.FirstOrDefault(m => m.Key == metric)?.Direction == Direction.LowerIsBetter;
    }

    /// <summary>Every recorded value of a metric key (a journal metric, <c>psfs</c>, <c>peg</c> or an activity), oldest first.</summary>
    public static IEnumerable<(DateOnly Date, decimal Value)> Series(PatientJournal journal, string metric)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var history = journal.Outcomes;
        if (metric == OutcomeKeys.Psfs)
        {
            return history.CheckIns.Where(c => c.Psfs is not null).Select(c => (c.Date, c.Psfs!.Value));
        }

        if (metric == OutcomeKeys.Peg)
        {
            return history.CheckIns.Where(c => c.Peg is not null).Select(c => (c.Date, c.Peg!.Value));
        }

        if (OutcomeKeys.TryParseActivity(metric, out var id))
        {
            var retired = history.FindActivity(id)?.RetiredOn;
            return history.CheckIns
                .Where(c => c.Ratings.ContainsKey(id) && (retired is not { } r || c.Date < r))
                .Select(c => (c.Date, (decimal)c.Ratings[id]));
        }

        var definition = journal.Metrics.FirstOrDefault(m => m.Key == metric);
        return definition is null
            ? []
            : journal.Entries.Select(e => (e.Date, definition.ValueOf(e))).Where(p => p.Item2 is not null).Select(p => (p.Date, p.Item2!.Value));
    }

    private static void Psfs(OutcomeHistory history, DateOnly from, List<Win> wins)
    {
        var first = new Dictionary<long, (DateOnly Date, int Rating)>();
        foreach (var checkIn in history.CheckIns)
        {
            int sumFirst = 0, sumNow = 0, count = 0;
            var earliest = checkIn.Date;
            foreach (var (id, rating) in checkIn.Ratings.OrderBy(r => r.Key))
            {
                var activity = history.FindActivity(id);
                if (activity is null || (activity.RetiredOn is { } retired && checkIn.Date >= retired))
                {
                    continue;
                }

                if (!first.TryGetValue(id, out var baseline))
                {
                    first[id] = (checkIn.Date, rating);
                    continue;
                }

                sumFirst += baseline.Rating;
                sumNow += rating;
                count++;
                earliest = baseline.Date < earliest ? baseline.Date : earliest;
                var change = rating - baseline.Rating;
                if (change >= ActivityMinStep && checkIn.Date >= from)
                {
                    wins.Add(new Win(checkIn.Date, WinKind.PsfsActivity, activity.Key, null, baseline.Rating, rating, change,
                        change >= ActivityMeaningful ? WinTier.Meaningful : WinTier.Micro,
                        OutcomeSentences.Activity(activity.Name, baseline.Rating, rating, checkIn.Date.DayNumber - baseline.Date.DayNumber)));
                }
            }

            // The score over the activities rated both times: mean now − mean of their first ratings ≥ 1 ⇔ sums differ by ≥ count.
            if (count > 0 && sumNow - sumFirst >= ScoreMinStep * count && checkIn.Date >= from)
            {
                var before = OutcomeScores.Round((decimal)sumFirst / count);
                var now = OutcomeScores.Round((decimal)sumNow / count);
                wins.Add(new Win(checkIn.Date, WinKind.PsfsScore, OutcomeKeys.Psfs, null, before, now, now - before,
                    sumNow - sumFirst >= ScoreMeaningful * count ? WinTier.Meaningful : WinTier.Micro,
                    OutcomeSentences.Score(before, now, checkIn.Date.DayNumber - earliest.DayNumber)));
            }
        }
    }

    private static void Peg(OutcomeHistory history, DateOnly from, List<Win> wins)
    {
        (DateOnly Date, int Sum)? first = null;
        foreach (var checkIn in history.CheckIns)
        {
            if (checkIn is not { PegPain: { } p, PegEnjoyment: { } e, PegActivity: { } a })
            {
                continue;
            }

            var sum = p + e + a;
            if (first is not { } baseline)
            {
                first = (checkIn.Date, sum);
                continue;
            }

            // first − now ≥ 1 ⇔ the sums differ by ≥ 3; meaningful when that is ≥ 30 % of the first score.
            var better = baseline.Sum - sum;
            if (better >= PegMinStep * 3 && checkIn.Date >= from)
            {
                var before = OutcomeScores.Round(baseline.Sum / 3m);
                var now = OutcomeScores.Round(sum / 3m);
                wins.Add(new Win(checkIn.Date, WinKind.PegScore, OutcomeKeys.Peg, null, before, now, before - now,
                    better >= PegMeaningfulShare * baseline.Sum ? WinTier.Meaningful : WinTier.Micro,
                    OutcomeSentences.Peg(before, now, checkIn.Date.DayNumber - baseline.Date.DayNumber)));
            }
        }
    }

    private static Win? GoalReached(PatientJournal journal, Goal goal)
    {
        var lower = LowerIsBetter(journal, goal.Metric);
        foreach (var (date, value) in GoalValues(journal, goal))
        {
            if (GoalProgress.Meets(value, goal.Target, lower))
            {
                decimal? delta = goal.StartingPoint is { } start ? (lower ? start - value : value - start) : null;
                return new Win(date, WinKind.GoalReached, goal.Metric, null, goal.StartingPoint, value, delta, null,
                    OutcomeSentences.Goal(goal.Title, value, goal.Target));
            }
        }

        return null;
    }
}
