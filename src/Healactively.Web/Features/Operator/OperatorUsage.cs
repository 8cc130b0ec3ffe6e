namespace Healactively.Web.Features.Operator;

/// <summary>The help text of the operator commands.</summary>
internal static class OperatorUsage
{
    public const string Text = """
        Usage: Healactively.Web users create --email EMAIL --role patient|clinician|admin [--display-name NAME] [--time-zone ZONE]

        Creates an account that can sign in at once (email confirmed), in the given role.
        The password is read from standard input: one line, at least 12 characters.
        When standard input is a terminal, it is asked for without echo.

        Options:
          --email EMAIL         the sign-in email (required)
          --role ROLE           patient, clinician or admin (required)
          --display-name NAME   the name shown in the app (default: the part of the email before '@')
          --time-zone ZONE      IANA time zone, e.g. Europe/London (default: UTC)
          --help                show this text

        Examples:
          dotnet run --project src/Healactively.Web -- users create --email amara@clinic.example --role clinician --display-name "Dr. Amara Osei"
          printf '%s\n' "$PASSWORD" | dotnet Healactively.Web.dll users create --email ops@clinic.example --role admin

        Exit codes: 0 created, 1 other failure, 2 usage error, 3 email already in use, 4 password refused.

        """;
}
