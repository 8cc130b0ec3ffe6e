using Healactively.Web.Features.Patients;

namespace Healactively.Web.Features.Care;

/// <summary>
/// The patient a clinician page is about, set by <see cref="ClinicianPatientPageFilter"/> once access is
/// granted. Pages read the patient from here, never from the route themselves.
/// </summary>
public sealed class ClinicianPatient
{
    private PatientContext? _patient;

    public PatientContext Patient => _patient ?? throw new InvalidOperationException("The clinician page filter has not granted access to a patient.");

    internal void Grant(PatientContext patient) => _patient = patient;
}
