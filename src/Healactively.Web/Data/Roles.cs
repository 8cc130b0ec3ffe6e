namespace Healactively.Web.Data;

/// <summary>The three roles of the product, as stored in Identity's role table.</summary>
public static class Roles
{
    public const string Patient = "Patient";
    public const string Clinician = "Clinician";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Patient, Clinician, Admin];

    /// <summary>Maps "patient", "Clinician", "ADMIN"… to the role's name, or null when unknown.</summary>
    public static string? Normalize(string? text) =>
        All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
