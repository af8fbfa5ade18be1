package org.notegarden.community.internal.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named collection of collected notes; private boards are seen by their owner only. */
@Entity
@Table(name = "cm_board")
public class Board {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_id")
    @SequenceGenerator(name = "cm_id", sequenceName = "cm_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String description;
    @Column(name = "is_private", nullable = false)
    private boolean privateBoard;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Board() {
    }

    Board(long ownerId, String name, String description, boolean privateBoard, Instant createdAt) {
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        change(name, description, privateBoard);
    }

    void change(String name, String description, boolean privateBoard) {
        this.name = name;
        this.description = description;
        this.privateBoard = privateBoard;
    }

    public boolean isVisibleTo(Long viewerId) {
        return !privateBoard || (viewerId != null && viewerId == ownerId);
    }

    public Long getId() { return id; }
    public long getOwnerId() { return ownerId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean isPrivate() { return privateBoard; }
    public Instant getCreatedAt() { return createdAt; }
}
