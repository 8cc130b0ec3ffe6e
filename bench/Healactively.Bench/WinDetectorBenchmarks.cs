using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Healactively.Domain.Journal;
using Healactively.Domain.Wins;

namespace Healactively.Bench;

/// <summary>Benchmark A: every win of one realistic two-year journal (3 built-in metrics and 1 custom metric). Target: under 1 ms.</summary>
[MemoryDiagnoser]
public class OneJournalBenchmark
{
    private PatientJournal _journal = null!;

    [GlobalSetup]
    public void Setup() => _journal = RealisticJournals.Create(1, 730, seed: 20261125)[0];

    [Benchmark]
    public IReadOnlyList<Win> DetectAllWins() => WinDetector.Detect(_journal);
}

/// <summary>
/// Benchmark B: recompute every win of 10,000 realistic two-year journals, as after a change of the rules.
/// Journals are generated once (seeded) before measuring. Target: under 10 s on this 2-core machine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TenThousandJournalsBenchmark
{
    private PatientJournal[] _journals = null!;

    [GlobalSetup]
    public void Setup() => _journals = RealisticJournals.Create(10_000, 730, seed: 20261125);

    /// <summary>One core, journal after journal. Returns the number of wins so nothing is optimised away.</summary>
    [Benchmark(Baseline = true)]
    public long Sequential()
    {
        long wins = 0;
        foreach (var journal in _journals)
        {
            wins += WinDetector.Detect(journal).Count;
        }

        return wins;
    }

    /// <summary>All cores (Parallel.For over the journals): the detector is pure, so journals are independent.</summary>
    [Benchmark]
    public long ParallelForAllCores()
    {
        long wins = 0;
        Parallel.For(0, _journals.Length, () => 0L, (i, _, local) => local + WinDetector.Detect(_journals[i]).Count,
            local => Interlocked.Add(ref wins, local));
        return wins;
    }
}
