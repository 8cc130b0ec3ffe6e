using Healactively.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Hosting;

/// <summary>Email links that expire by the app's clock, one-time authenticator codes, and the account emails.</summary>
internal static class AccountSecuritySetup
{
    /// <summary>Call after <see cref="IdentitySetup.AddHealactivelyIdentity"/>: it replaces Identity's default authenticator provider.</summary>
    public static IServiceCollection AddHealactivelyAccountSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AccountEmails>();
        services.AddTransient<OneTimeAuthenticatorTokenProvider>();
        services.AddTransient<PasswordResetTokenProvider>();
        services.AddTransient<EmailConfirmationTokenProvider>();
        services.Configure<IdentityOptions>(options =>
        {
            var providers = options.Tokens.ProviderMap;
            providers[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider));
            providers[PasswordResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
            providers[EmailConfirmationTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(EmailConfirmationTokenProvider));
            options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
            options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
            options.Tokens.ChangeEmailTokenProvider = EmailConfirmationTokenProvider.ProviderName;
        });
        return services;
    }
}
