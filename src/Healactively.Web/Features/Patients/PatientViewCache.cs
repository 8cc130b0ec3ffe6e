using Healactively.Domain.Journal;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Patients;

/// <summary>How many patient views this instance keeps in memory; 0 turns the cache off (every view is computed).</summary>
public sealed class PatientViewCacheOptions
{
    public const string Section = "PatientViewCache";

    public int Entries { get; set; } = 5_000;

    /// <summary>Views never cached (by name: <c>home</c>, <c>progress-30</c>, <c>what-helps</c> …), to measure what they cost (bench/pages.sh).</summary>
    public IList<string> Uncached { get; } = new List<string>();
}

/// <summary>
/// Views computed from a patient's journal (the home page, a triage row, the progress charts, what helps), kept per instance and keyed by the patient's
/// journal stamp and local day. Every write to what those views show raises the stamp in its own transaction
/// (<see cref="Data.JournalStamps"/>), and callers read the stamp before the data, so a view is never served after a
/// change, on any instance: the next request reads the new stamp and computes the view again.
/// </summary>
public sealed class PatientViewCache(IOptions<PatientViewCacheOptions> options) : IDisposable
{
    private readonly int _entries = options.Value.Entries;
    private readonly HashSet<string> _uncached = new(options.Value.Uncached, StringComparer.Ordinal);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.Entries) });

    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <summary>The view of <paramref name="patient"/> cached under their current stamp, local day and unit.</summary>
    public bool TryGet<T>(string view, PatientContext patient, out T value)
        where T : class
    {
        if (Caches(view, patient) && _cache.TryGetValue(Key.Of(view, patient), out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set<T>(string view, PatientContext patient, T value)
        where T : class
    {
        if (Caches(view, patient))
        {
            _cache.Set(Key.Of(view, patient), value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        }
    }

    public void Dispose() => _cache.Dispose();

    // A context built without reading the stamp (0) is never served from, nor stored in, the cache: it cannot tell
    // whether the journal changed.
    private bool Caches(string view, PatientContext patient) =>
        _entries > 0 && patient.JournalStamp != 0 && !_uncached.Contains(view);

    private readonly record struct Key(string View, string PatientId, long Stamp, DateOnly Today, DistanceUnit Unit)
    {
        public static Key Of(string view, PatientContext patient) =>
            new(view, patient.PatientId, patient.JournalStamp, patient.Today, patient.DistanceUnit);
    }
}
