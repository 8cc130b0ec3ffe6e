namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test: skipped with the reason when Debian's Chromium is not installed,
/// unless HEALACTIVELY_REQUIRE_ALL_TESTS=1 (CI), where it runs and fails clearly instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install -y chromium); set HEALACTIVELY_REQUIRE_ALL_TESTS=1 to fail instead of skipping.";
        }
    }
}

public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable("HEALACTIVELY_REQUIRE_ALL_TESTS") == "1";
}
