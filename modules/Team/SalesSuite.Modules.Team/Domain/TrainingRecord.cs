using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>A course a rep took: owned by the rep, so the record scope shows it to them and their managers.</summary>
internal sealed class TrainingRecord : TenantEntity, IOwnedRecord
{
    public TrainingRecord(string ownerId, string course, DateOnly date, bool completed, decimal? score, string recordedBy)
    {
        OwnerId = ownerId;
        Course = course;
        Date = date;
        Completed = completed;
        Score = score;
        RecordedBy = recordedBy;
    }

    private TrainingRecord()
    {
    }

    /// <summary>The rep's user id.</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public string Course { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public bool Completed { get; private set; }

    /// <summary>0-100, when the course is scored.</summary>
    public decimal? Score { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;
}
