/** A starting point for a first agreement; every facilitator edits it to fit her group. */
export const SAMPLE_AGREEMENT = `Our group agreement

1. Confidentiality. What is said in the group stays in the group. I will not share anything that identifies another member or what they said, with anyone, in any form.

2. Privacy. I join from a private space where no one else can see or hear the group, and I use headphones when I can.

3. No recording. I will not record, photograph or take screenshots of a session.

4. Attendance. I come to every session I can, on time, and let the facilitator know in advance when I cannot.

5. Respect. I speak for myself, listen without interrupting, and give feedback with care.

6. Outside contact. If I meet another member outside the group, I bring anything relevant back to the group.

7. Leaving. If I decide to leave, I tell the group in a session first, so we can say goodbye.`;
