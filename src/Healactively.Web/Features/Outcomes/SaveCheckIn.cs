using Healactively.Domain.Outcomes;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>
/// Saves a weekly check-in (PSFS ratings and PEG) for one date through the <see cref="JournalWriter"/>: at most one per
/// date, an edit replaces it, and the wins from that date on are recomputed. Every active activity and every PEG item must
/// be answered with a whole number 0–10; anything else is refused and nothing changes.
/// </summary>
public sealed class SaveCheckIn(AppDbContext db, JournalWriter writer)
{
    public Task<CheckInOutcome> RunAsync(PatientContext patient, DateOnly date, CheckInAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(answers);
        if (date > patient.Today)
        {
            return Refuse("Date", "A check-in is about a week you have lived: choose today or an earlier date.");
        }

        foreach (var (field, value) in new[] { ("PegPain", answers.PegPain), ("PegEnjoyment", answers.PegEnjoyment), ("PegActivity", answers.PegActivity) })
        {
            if (value is not { } v || !OutcomeScores.IsRating(v))
            {
                return Refuse(field, "Choose a number from 0 to 10.");
            }
        }

        return writer.WriteAsync(
            new JournalWrite<CheckInOutcome>(patient, async (now, ct) =>
            {
                var active = await ActivePsfs.Query(db, patient.PatientId, date).Select(a => a.Id).ToListAsync(ct);
                foreach (var id in answers.Ratings.Keys.Where(id => !active.Contains(id)))
                {
                    return new JournalChange<CheckInOutcome>.Unchanged(new CheckInOutcome.Refused($"Ratings[{id}]", "This form lists an activity you no longer rate. Reload the page and try again."));
                }

                foreach (var id in active)
                {
                    if (!answers.Ratings.TryGetValue(id, out var rating) || rating is not { } r || !OutcomeScores.IsRating(r))
                    {
                        return new JournalChange<CheckInOutcome>.Unchanged(new CheckInOutcome.Refused($"Ratings[{id}]", "Rate each activity from 0 to 10."));
                    }
                }

                var checkIn = await db.OutcomeCheckIns.Include(c => c.Ratings)
                    .SingleOrDefaultAsync(c => c.PatientId == patient.PatientId && c.Date == date, ct);
                var replaced = checkIn is not null;
                if (checkIn is null)
                {
                    checkIn = new OutcomeCheckIn { PatientId = patient.PatientId, Date = date, CreatedAt = now };
                    db.OutcomeCheckIns.Add(checkIn);
                }

                checkIn.PegPain = answers.PegPain;
                checkIn.PegEnjoyment = answers.PegEnjoyment;
                checkIn.PegActivity = answers.PegActivity;
                checkIn.UpdatedAt = now;
                // An edit replaces the ratings: those of activities no longer rated go, the others take the new value.
                foreach (var old in checkIn.Ratings.Where(r => !active.Contains(r.ActivityId)).ToList())
                {
                    checkIn.Ratings.Remove(old);
                }

                foreach (var id in active)
                {
                    var value = answers.Ratings[id]!.Value;
                    if (checkIn.Ratings.FirstOrDefault(r => r.ActivityId == id) is { } existing)
                    {
                        existing.Rating = value;
                    }
                    else
                    {
                        checkIn.Ratings.Add(new PsfsRating { ActivityId = id, Rating = value });
                    }
                }

                return new JournalChange<CheckInOutcome>.Write(date, wins => new CheckInOutcome.Saved(replaced, [.. wins.Where(w => w.Date == date)]));
            })
            {
                // Two windows saving the same new date: the unique (patient, date) index refuses the second.
                IsConcurrentChange = static e => e is DbUpdateConcurrencyException || e.InnerException is not null,
                OnConcurrentChange = static _ => Task.FromResult<CheckInOutcome>(new CheckInOutcome.Refused("Date", "This date's check-in was just saved in another window. Reload the page and try again.")),
            },
            cancellationToken);
    }

    private static Task<CheckInOutcome> Refuse(string field, string message) =>
        Task.FromResult<CheckInOutcome>(new CheckInOutcome.Refused(field, message));
}
