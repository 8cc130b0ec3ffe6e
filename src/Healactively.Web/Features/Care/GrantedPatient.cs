using Healactively.Web.Features.Patients;

namespace Healactively.Web.Features.Care;

/// <summary>
/// The patient a page about one patient (a clinician's or a supporter's) is about, set by <see cref="PatientPageFilter"/>
/// once access is granted. Pages read the patient from here, never from the route themselves.
/// </summary>
public sealed class GrantedPatient
{
    private PatientContext? _patient;

    public PatientContext Patient => _patient ?? throw new InvalidOperationException("The patient page filter has not granted access to a patient.");

    internal void Grant(PatientContext patient) => _patient = patient;
}
