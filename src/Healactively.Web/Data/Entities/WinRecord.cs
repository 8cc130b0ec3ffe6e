using Healactively.Domain.Wins;

namespace Healactively.Web.Data.Entities;

/// <summary>A stored win; always equal to what the rules give for the journal as it is now.</summary>
public sealed class WinRecord
{
    public const int MessageMaxLength = 300;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public WinKind Kind { get; set; }

    public string Metric { get; set; } = string.Empty;

    public WinWindow? Window { get; set; }

    public decimal? Baseline { get; set; }

    public decimal? Value { get; set; }

    public decimal? Delta { get; set; }

    public WinTier? Tier { get; set; }

    public string Message { get; set; } = string.Empty;

    public Win ToDomain() => new(Date, Kind, Metric, Window, Baseline, Value, Delta, Tier, Message);

    public static WinRecord From(string patientId, Win win) => new()
    {
        PatientId = patientId,
        Date = win.Date,
        Kind = win.Kind,
        Metric = win.Metric,
        Window = win.Window,
        Baseline = win.Baseline,
        Value = win.Value,
        Delta = win.Delta,
        Tier = win.Tier,
        Message = win.Message,
    };
}
