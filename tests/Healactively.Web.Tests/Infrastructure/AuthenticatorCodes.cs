using System.Security.Cryptography;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), written independently of the
/// app's own code, at the app's clock (<see cref="HealactivelyFactory.Clock"/>).
/// </summary>
public static class AuthenticatorCodes
{
    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Key, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // The algorithm authenticator apps use.
        using var hmac = new HMACSHA1(FromBase32(base32Key));
#pragma warning restore CA5350
        var hash = hmac.ComputeHash(counter);
        var offset = hash[^1] & 0xF;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code for the current step of the app's clock.</summary>
    public static string Now(HealactivelyFactory factory, string base32Key) => Code(base32Key, StepAt(factory.Clock.GetUtcNow()));

    /// <summary>
    /// A code the app has not seen yet for this user: codes work once, so when this step was already used the fake
    /// clock moves on to the next step, as a user would wait for the app's next code.
    /// </summary>
    public static async Task<string> FreshAsync(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        var last = await users.GetAuthenticationTokenAsync(user, OneTimeAuthenticatorTokenProvider.TokenStore, OneTimeAuthenticatorTokenProvider.LastStepToken);
        var step = StepAt(factory.Clock.GetUtcNow());
        if (last is not null && long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) >= step)
        {
            var wait = long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) - step + 1;
            factory.Clock.Advance(TimeSpan.FromSeconds(30 * wait));
            step += wait;
        }

        return Code(key, step);
    }

    public static async Task<string> KeyAsync(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!;
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new byte[clean.Length * 5 / 8];
        var bitBuffer = 0L;
        var bitCount = 0;
        var index = 0;
        foreach (var c in clean)
        {
            bitBuffer = (bitBuffer << 5) | (uint)alphabet.IndexOf(c, StringComparison.Ordinal);
            bitCount += 5;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                bytes[index++] = (byte)(bitBuffer >> bitCount);
            }
        }

        return bytes;
    }
}
