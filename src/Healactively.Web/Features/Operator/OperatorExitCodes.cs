namespace Healactively.Web.Features.Operator;

/// <summary>Exit codes of the operator commands, so scripts can tell the failures apart.</summary>
internal static class OperatorExitCodes
{
    public const int Success = 0;

    /// <summary>Anything else went wrong (the message says what).</summary>
    public const int Failed = 1;

    /// <summary>Bad command line: unknown command, option, role or time zone, or a missing value.</summary>
    public const int Usage = 2;

    public const int DuplicateEmail = 3;

    /// <summary>Identity's password rules refused the password.</summary>
    public const int WeakPassword = 4;

    /// <summary>The command does not apply to the configured database provider (e.g. backup on PostgreSQL).</summary>
    public const int NotSupported = 5;
}
