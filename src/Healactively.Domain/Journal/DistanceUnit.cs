namespace Healactively.Domain.Journal;

/// <summary>How a patient prefers to see distances. Walks are always stored in metres.</summary>
public enum DistanceUnit
{
    Kilometres = 0,
    Miles = 1,
}
