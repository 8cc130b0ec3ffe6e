using System.Security.Cryptography;
using System.Text;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Invitation links: a protected token that names the account, expires after <see cref="Lifespan"/> by the app's
/// clock, and dies as soon as the security stamp changes (setting the password changes it, so a link works once).
/// Identity's own data-protector provider reads the system clock, which tests cannot move.
/// </summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "Invitation";
    public const string Purpose = "accept-invitation";

    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Healactively.Accounts.Invitation");

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user));
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))), Encoding.UTF8);
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var userId = reader.ReadString();
            var tokenPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            return created + Lifespan >= clock.GetUtcNow()
                && userId == await manager.GetUserIdAsync(user)
                && tokenPurpose == purpose
                && stamp == await manager.GetSecurityStampAsync(user);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or EndOfStreamException)
        {
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);
}
