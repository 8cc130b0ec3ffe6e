namespace Healactively.Web.Features.Accounts;

/// <summary>Account emails, administration, invitations, the personal-data download and erasure (Identity's own options: Startup/IdentitySetup).</summary>
internal static class AccountsSetup
{
    public static IServiceCollection AddHealactivelyAccounts(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AdminAudit>();
        services.AddScoped<Invitations>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<AccountErasure>();
        services.AddScoped<DeleteOwnAccount>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<AccountListQuery>();
        services.AddScoped<SaveProfile>();
        return services;
    }
}
