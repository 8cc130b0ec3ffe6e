namespace Healactively.Domain.Journal;

/// <summary>What the patient marked about a flare-up on one day.</summary>
public enum FlareMark
{
    None = 0,
    Start = 1,
    End = 2,

    /// <summary>A flare-up that began and ended on the same day.</summary>
    StartEnd = 3,
}
