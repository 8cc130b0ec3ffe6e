using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Healactively.Web.UserAccounts;

/// <summary>Account administration, invitations, the personal-data download and erasure.</summary>
internal static class AccountsSetup
{
    public static IServiceCollection AddHealactivelyAccounts(this IServiceCollection services)
    {
        // Replaces Identity's sign-in manager so a disabled account cannot sign in, whatever the sign-in path.
        services.Replace(ServiceDescriptor.Scoped<SignInManager<ApplicationUser>, AccountSignInManager>());
        services.Configure<IdentityOptions>(options =>
            options.Tokens.ProviderMap[InvitationTokenProvider.Name] = new TokenProviderDescriptor(typeof(InvitationTokenProvider)));
        services.AddScoped<InvitationTokenProvider>();
        services.AddScoped<AdminAudit>();
        services.AddScoped<Invitations>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<AccountErasure>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<Pages.Admin.AccountListQuery>();
        services.AddScoped<Pages.Admin.AuditLogQuery>();
        return services;
    }
}
