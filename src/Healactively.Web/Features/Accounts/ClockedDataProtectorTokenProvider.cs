using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Identity's protected email-link tokens (bound to the user, the purpose and the security stamp), with the
/// creation time taken from the injected <see cref="TimeProvider"/> so expiry follows the app's clock.
/// </summary>
internal abstract class ClockedDataProtectorTokenProvider(
    IDataProtectionProvider protection, DataProtectionTokenProviderOptions options, TimeProvider clock, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(protection, Microsoft.Extensions.Options.Options.Create(options), logger)
{
    public override async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? string.Empty);
        }

        return Convert.ToBase64String(Protector.Protect(buffer.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        byte[] payload;
        try
        {
            payload = Protector.Unprotect(Convert.FromBase64String(token));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(payload));
        try
        {
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var userId = reader.ReadString();
            var tokenPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            return created + Options.TokenLifespan >= clock.GetUtcNow()
                && reader.PeekChar() == -1
                && string.Equals(userId, await manager.GetUserIdAsync(user), StringComparison.Ordinal)
                && string.Equals(tokenPurpose, purpose, StringComparison.Ordinal)
                && string.Equals(stamp, await manager.GetSecurityStampAsync(user) ?? string.Empty, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}

/// <summary>Password-reset links: valid for two hours, and once (a reset changes the security stamp).</summary>
internal sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : ClockedDataProtectorTokenProvider(protection, new() { Name = ProviderName, TokenLifespan = Lifespan }, clock, logger)
{
    public const string ProviderName = "PasswordReset";
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(2);
}

/// <summary>Email-confirmation links: valid for three days (patients may confirm whenever they next look).</summary>
internal sealed class EmailConfirmationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : ClockedDataProtectorTokenProvider(protection, new() { Name = ProviderName, TokenLifespan = Lifespan }, clock, logger)
{
    public const string ProviderName = "EmailConfirmation";
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(3);
}
