package tr.destek.board;

interface AppealVoteRepository extends MemberVoteRepository<AppealVote> {

}
