using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// The signed token in a reminder's unsubscribe link: it names one account and is good only for turning its
/// reminders off, so the link works without signing in.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Healactively.Reminders.Unsubscribe.v1");
    private readonly IDataProtector _weekly = protection.CreateProtector("Healactively.Reminders.Unsubscribe.Weekly.v1");
    private readonly IDataProtector _digest = protection.CreateProtector("Healactively.Reminders.Unsubscribe.SupporterDigest.v1");

    public string For(string userId) => _protector.Protect(userId);

    /// <summary>A token good only for turning the weekly summary email off (the daily reminder's token cannot).</summary>
    public string ForWeekly(string userId) => _weekly.Protect(userId);

    /// <summary>A token good only for turning off one supporter link's weekly digest (the supporter's own unsubscribe).</summary>
    public string ForDigest(long supporterLinkId) => _digest.Protect(supporterLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool TryReadUserId(string? token, out string userId) => TryRead(_protector, token, out userId);

    public bool TryReadDigestLinkId(string? token, out long supporterLinkId)
    {
        supporterLinkId = 0;
        return TryRead(_digest, token, out var text)
            && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out supporterLinkId);
    }

    public bool TryReadWeeklyUserId(string? token, out string userId) => TryRead(_weekly, token, out userId);

    private static bool TryRead(IDataProtector protector, string? token, out string userId)
    {
        userId = string.Empty;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return false;
        }

        try
        {
            userId = protector.Unprotect(token);
            return userId.Length > 0;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
