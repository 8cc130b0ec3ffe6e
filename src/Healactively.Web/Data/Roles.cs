namespace Healactively.Web.Data;

/// <summary>The roles of the product, as stored in Identity's role table.</summary>
public static class Roles
{
    public const string Patient = "Patient";
    public const string Clinician = "Clinician";
    public const string Admin = "Admin";

    /// <summary>A friend or family member who sees what patients chose to share with them; added only by accepting a patient's invitation.</summary>
    public const string Supporter = "Supporter";

    public static IReadOnlyList<string> All { get; } = [Patient, Clinician, Admin, Supporter];

    /// <summary>The roles an admin or the operator gives an account; a supporter comes only from a patient's invitation.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [Patient, Clinician, Admin];

    /// <summary>Like <see cref="Normalize"/>, for the roles of <see cref="Assignable"/> only.</summary>
    public static string? NormalizeAssignable(string? text) =>
        Assignable.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Maps "patient", "Clinician", "ADMIN"… to the role's name, or null when unknown.</summary>
    public static string? Normalize(string? text) =>
        All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
