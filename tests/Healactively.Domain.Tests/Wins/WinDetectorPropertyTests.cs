using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Healactively.Domain.Tests.Support;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Tests.Wins;

/// <summary>Properties of the detector over generated journals (see <see cref="JournalGenerators"/>).</summary>
public class WinDetectorPropertyTests
{
    private static readonly Arbitrary<GeneratedJournal> Journals = Arb.From(JournalGenerators.Journal);
    private static readonly Arbitrary<(GeneratedJournal Journal, DateOnly Date)> JournalsAndDates = Arb.From(JournalGenerators.JournalAndDate);

    [Property(MaxTest = 300)]
    public Property Wins_on_a_date_never_depend_on_later_entries() =>
        Prop.ForAll(JournalsAndDates, sample =>
        {
            var (journal, cut) = sample;
            var full = WinDetector.Detect(journal.ToJournal()).Where(w => w.Date <= cut);

            Assert.Equal(full, WinDetector.Detect(journal.Until(cut)));
        });

    [Property(MaxTest = 300)]
    public Property Detect_from_a_date_is_the_full_list_filtered() =>
        Prop.ForAll(JournalsAndDates, sample =>
        {
            var (journal, from) = sample;
            var patientJournal = journal.ToJournal();

            Assert.Equal(WinDetector.Detect(patientJournal).Where(w => w.Date >= from), WinDetector.Detect(patientJournal, from));
        });

    [Property(MaxTest = 300)]
    public Property Detection_is_deterministic_and_in_csv_order() =>
        Prop.ForAll(Journals, journal =>
        {
            var first = WinDetector.Detect(journal.ToJournal());
            var second = WinDetector.Detect(journal.ToJournal());
            Assert.Equal(first, second);

            for (var i = 1; i < first.Count; i++)
            {
                Assert.True(CsvOrder(first[i - 1], first[i]) < 0, $"{first[i - 1]} should come before {first[i]}");
            }

            var entryDates = journal.Entries.Select(e => e.Date).ToHashSet();
            Assert.All(first, w =>
            {
                Assert.Contains(w.Date, entryDates);
                Assert.False(string.IsNullOrWhiteSpace(w.Message));
                if (w.Delta is { } delta)
                {
                    Assert.True(delta > 0, $"delta of {w} is not positive");
                }
            });
        });

    [Property(MaxTest = 300)]
    public Property The_fast_detector_agrees_with_the_spec_read_literally() =>
        Prop.ForAll(Journals, journal =>
        {
            var patientJournal = journal.ToJournal();

            Assert.Equal(NaiveWinDetector.Detect(patientJournal), WinDetector.Detect(patientJournal).Select(NaiveWinDetector.ToFact));
        });

    private static int CsvOrder(Win a, Win b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byKind = string.CompareOrdinal(WinKeys.Of(a.Kind), WinKeys.Of(b.Kind));
        if (byKind != 0)
        {
            return byKind;
        }

        var byMetric = string.CompareOrdinal(a.Metric, b.Metric);
        return byMetric != 0 ? byMetric : string.CompareOrdinal(WinKeys.Of(a.Window), WinKeys.Of(b.Window));
    }
}
