using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// An opportunity entered a stage: when created (<paramref name="FromStageId"/> null), moved, won, lost or reopened. One per
/// entry of its stage history (<paramref name="StageChangeId"/>); <paramref name="ToKind"/> is OPEN, WON or LOST.
/// </summary>
public sealed record OpportunityStageChanged(Guid StageChangeId, Guid OpportunityId, Guid? FromStageId, Guid ToStageId, string ToStage, int ToStagePosition,
    string ToKind,
    DateTimeOffset At, OpportunityState State) : IIntegrationEvent;
